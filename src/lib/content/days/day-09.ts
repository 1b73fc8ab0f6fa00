import type { Day } from '../types';

export default {
	number: 9,
	date: '2024-12-17',
	livestreamStart: '2024-12-17T18:00:00Z',
	title: { en: 'Dev Day Holiday Edition', zh: '开发者日·节日特别版' },
	shortTitle: { en: 'Dev Day', zh: '开发者日' },
	category: 'developer-platform',
	summary: {
		en: 'o1 leaves preview in the API, the Realtime API gains WebRTC and 60% cheaper audio, and Preference Fine-Tuning plus Go and Java SDKs arrive.',
		zh: 'o1 在 API 中结束预览，Realtime API 支持 WebRTC、音频降价 60%，偏好微调以及 Go 和 Java SDK 同时推出。'
	},
	features: [
		{
			title: { en: 'o1 out of preview in the API', zh: 'o1 正式登陆 API' },
			description: {
				en: 'Developers now get the full o1 model rather than the preview, with function calling, structured outputs and image input.',
				zh: '开发者用上的不再是预览版，而是完整版 o1，并支持函数调用、结构化输出和图像输入。'
			},
			sources: ['d9-livestream', 'hub', 'd9-blog', 'ainews']
		},
		{
			title: { en: 'Developer messages', zh: '开发者消息' },
			description: {
				en: 'A new “developer message” gives app builders a dedicated kind of system instruction for steering o1.',
				zh: 'API 新增“开发者消息”，相当于一种新的系统指令，方便开发者约束和引导 o1 的行为。'
			},
			sources: ['d9-livestream', 'ainews']
		},
		{
			title: { en: 'Adjustable reasoning effort', zh: '可调节的推理强度' },
			description: {
				en: 'A reasoning_effort parameter lets developers decide how long o1 should think before it answers.',
				zh: '新增 reasoning_effort 参数，开发者可以自行决定 o1 在作答前思考多长时间。'
			},
			sources: ['d9-livestream', 'ainews']
		},
		{
			title: { en: 'A gradual rollout, starting with tier 5', zh: '从 5 级用户起逐步开放' },
			description: {
				en: 'API access to o1 went first to customers in usage tier 5, with the other tiers to follow over the next few weeks.',
				zh: 'o1 的 API 权限先开放给用量等级为 5 级的客户，其他等级要在随后几周内陆续获得。'
			},
			note: {
				en: 'The article says o1 was “finally opened to developers”, which suggests that every developer got it at once.',
				zh: '文章称 o1“终于向开发者开放”，容易让人以为所有开发者同时就能用上。'
			},
			sources: ['d9-livestream']
		},
		{
			title: { en: 'WebRTC for the Realtime API', zh: 'Realtime API 支持 WebRTC' },
			description: {
				en: 'Alongside WebSockets, the Realtime API now accepts WebRTC connections, which makes live voice apps much simpler to build.',
				zh: '在 WebSocket 之外，Realtime API 现在也支持 WebRTC 连接，开发实时语音应用简单了许多。'
			},
			sources: ['d9-livestream', 'd9-blog', 'article']
		},
		{
			title: {
				en: 'Python SDK, easier functions and guardrails',
				zh: 'Python SDK 与更易用的函数调用和防护'
			},
			description: {
				en: 'The Realtime API also gained a Python SDK, and calling functions and adding guardrails became easier.',
				zh: 'Realtime API 还推出了 Python SDK，函数调用和安全防护的接入也更省事。'
			},
			sources: ['d9-livestream']
		},
		{
			title: { en: 'A talking reindeer', zh: '会说话的驯鹿玩偶' },
			description: {
				en: 'On stage, a realtime voice agent ran on a coin-sized microcontroller tucked inside a plush reindeer.',
				zh: '现场演示中，一块硬币大小的微控制器被塞进毛绒驯鹿玩偶里，驱动一个实时语音助手与人对话。'
			},
			sources: ['d9-livestream']
		},
		{
			title: { en: 'Cheaper realtime audio', zh: '实时音频大幅降价' },
			description: {
				en: 'GPT-4o realtime audio became 60% cheaper and cached audio input far cheaper still, while GPT-4o mini was added as a low-cost audio option.',
				zh: 'GPT-4o 实时音频降价 60%，缓存音频输入降得更多；GPT-4o mini 则作为低价的音频选项加入。'
			},
			sources: ['d9-blog', 'd9-livestream', 'article']
		},
		{
			title: { en: 'Preference Fine-Tuning', zh: '偏好微调' },
			description: {
				en: 'Built on Direct Preference Optimization, it lets developers tune a model with pairs of answers, one marked as preferred and one as not; it is priced the same as supervised fine-tuning.',
				zh: '偏好微调基于直接偏好优化（DPO）：开发者提供成对的回答，标明哪个更好、哪个不够好，让模型据此调整；收费与监督微调相同。'
			},
			sources: ['d9-livestream', 'community-index', 'ainews', 'article']
		},
		{
			title: { en: 'Go and Java SDKs', zh: 'Go 与 Java SDK' },
			description: {
				en: 'OpenAI released official software development kits for Go and Java, so developers in those languages can integrate quickly.',
				zh: 'OpenAI 发布了官方的 Go 和 Java 开发工具包，使用这两种语言的开发者可以更快完成集成。'
			},
			sources: ['d9-livestream', 'community-index', 'ainews', 'article']
		},
		{
			title: { en: 'Simpler sign-up and API keys', zh: '注册和领取 API 密钥更简单' },
			description: {
				en: 'Signing up and getting an API key now take fewer steps.',
				zh: '注册账号和获取 API 密钥的流程都做了简化。'
			},
			sources: ['community-index']
		}
	],
	figures: [
		{
			id: 'audio-price-cut',
			measure: 'realtime-audio-price-cut',
			label: { en: 'GPT-4o realtime audio price cut', zh: 'GPT-4o 实时音频降价幅度' },
			value: 60,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'compared with the previous GPT-4o audio price',
				zh: '相对此前的 GPT-4o 音频价格'
			},
			sources: ['d9-blog', 'd9-livestream', 'article']
		},
		{
			id: 'audio-input-price',
			measure: 'gpt-4o-audio-input-price',
			label: { en: 'GPT-4o audio input price', zh: 'GPT-4o 音频输入价格' },
			value: 40,
			unit: { en: 'USD per 1M tokens', zh: '美元 / 百万 tokens' },
			comparison: { en: 'down from $100', zh: '此前为 100 美元' },
			bars: [
				{ label: { en: 'Before', zh: '降价前' }, value: 100 },
				{ label: { en: 'After', zh: '降价后' }, value: 40, subject: true }
			],
			sources: ['d9-blog', 'd9-realtime-pricing-thread', 'article']
		},
		{
			id: 'audio-output-price',
			measure: 'gpt-4o-audio-output-price',
			label: { en: 'GPT-4o audio output price', zh: 'GPT-4o 音频输出价格' },
			value: 80,
			unit: { en: 'USD per 1M tokens', zh: '美元 / 百万 tokens' },
			comparison: { en: 'down from $200', zh: '此前为 200 美元' },
			bars: [
				{ label: { en: 'Before', zh: '降价前' }, value: 200 },
				{ label: { en: 'After', zh: '降价后' }, value: 80, subject: true }
			],
			sources: ['d9-blog', 'd9-realtime-pricing-thread', 'article']
		},
		{
			id: 'cached-audio-price',
			measure: 'gpt-4o-cached-audio-input-price',
			label: { en: 'GPT-4o cached audio input price', zh: 'GPT-4o 缓存音频输入价格' },
			value: 2.5,
			unit: { en: 'USD per 1M tokens', zh: '美元 / 百万 tokens' },
			comparison: { en: '87.5% below the earlier $20', zh: '比此前的 20 美元低 87.5%' },
			bars: [
				{ label: { en: 'Before', zh: '降价前' }, value: 20 },
				{ label: { en: 'After', zh: '降价后' }, value: 2.5, subject: true }
			],
			sources: ['d9-blog', 'd9-cached-audio-thread', 'article']
		},
		{
			id: 'mini-audio-share',
			measure: 'gpt-4o-mini-audio-price-ratio',
			label: { en: 'GPT-4o mini audio price', zh: 'GPT-4o mini 音频价格' },
			value: 0.25,
			display: { en: '1/4', zh: '1/4' },
			unit: { en: 'of the new GPT-4o audio price', zh: '倍（相对新版 GPT-4o 音频价格）' },
			comparison: {
				en: 'by that ratio about $10 input and $20 output per 1M tokens; the livestream called it ten times cheaper than GPT-4o’s old audio price',
				zh: '按此比例折算，约为每百万 tokens 输入 10 美元、输出 20 美元；直播中称其比 GPT-4o 原来的音频价格便宜十倍'
			},
			note: {
				en: 'Only the article gives the one-quarter ratio; GPT-4o mini’s audio price was not read from an OpenAI page. It agrees with the livestream’s “ten times cheaper” than the old GPT-4o price.',
				zh: '“四分之一”这一比例只见于文章，GPT-4o mini 的音频价格未能从 OpenAI 页面上核实；它与直播中“比 GPT-4o 原价便宜十倍”的说法相符。'
			},
			unverified: true,
			sources: ['article', 'd9-livestream']
		},
		{
			id: 'o1-reasoning-tokens',
			measure: 'reasoning-token-reduction',
			label: { en: 'Reasoning tokens saved by o1', zh: 'o1 节省的推理 token' },
			value: 60,
			unit: { en: '% fewer reasoning tokens', zh: '%（推理 token 减少）' },
			comparison: { en: 'compared with o1-preview', zh: '与 o1-preview 相比' },
			sources: ['d9-livestream', 'ainews']
		},
		{
			id: 'webrtc-lines',
			measure: 'webrtc-voice-lines-of-code',
			label: {
				en: 'Code needed for a WebRTC voice integration',
				zh: '用 WebRTC 接入实时语音所需代码'
			},
			value: 12,
			display: { en: '~12', zh: '约 12' },
			unit: { en: 'lines of code', zh: '行代码' },
			comparison: {
				en: '200–250 lines for the same job over WebSockets',
				zh: '用 WebSocket 实现同样功能需要 200–250 行'
			},
			bars: [
				{ label: { en: 'WebRTC', zh: 'WebRTC' }, value: 12, subject: true },
				{ label: { en: 'WebSockets, low end', zh: 'WebSocket（下限）' }, value: 200 },
				{ label: { en: 'WebSockets, high end', zh: 'WebSocket（上限）' }, value: 250 }
			],
			sources: ['d9-livestream']
		},
		{
			id: 'api-developers',
			measure: 'openai-api-developers',
			label: { en: 'Developers on the OpenAI API', zh: '使用 OpenAI API 的开发者' },
			value: 2,
			display: { en: '2', zh: '200 万' },
			unit: { en: 'million developers', zh: '名开发者' },
			comparison: { en: 'in more than 200 countries', zh: '分布在 200 多个国家' },
			sources: ['d9-livestream']
		}
	],
	headlineFigure: 'audio-price-cut',
	commentary: [
		{
			person: 'zhou-jian',
			argument: {
				en: 'Zhou Jian expects the upgraded realtime voice and vision features to work better in marketing, customer service over the phone and outbound sales calls.',
				zh: '周健认为，升级后的实时语音和视觉识别功能，将能更好地用在营销、电话客服和外呼销售这类场景里。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'zhou-jian',
			argument: {
				en: 'In Zhou Jian’s experience, when OpenAI brings out some of its leading technologies, Chinese companies can usually catch up within six to twelve months, which makes him confident about his application business in the coming year.',
				zh: '按周健的经验，OpenAI 推出的某些领先技术，国内同行一般在 6 到 12 个月内就能赶上；这让他对来年的应用业务很有信心。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun sets the Day 9 bundle beside reinforcement fine-tuning as OpenAI’s reply to the distance between a strong model and real deployments: tools meant to get developers actually building with the models.',
				zh: '黎诗韵把第九天的这批更新与强化微调放在一起看，认为这是 OpenAI 针对强模型难以落地给出的回应：用工具帮开发者真正把模型用起来。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		}
	],
	themes: ['engine-and-deployment'],
	sources: [
		{
			id: 'd9-livestream',
			title: {
				en: '12 Days of OpenAI, Day 9: Dev Day Holiday Edition (livestream recording)',
				zh: 'OpenAI 12 天发布会第 9 天：开发者日·节日特别版（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=14leJ1fg4Pw',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd9-blog',
			title: { en: 'OpenAI o1 and new tools for developers', zh: 'OpenAI o1 与面向开发者的新工具' },
			url: 'https://openai.com/index/o1-and-new-tools-for-developers/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd9-cached-audio-thread',
			title: {
				en: 'Help me understand the realtime usage block',
				zh: '求助：如何理解 Realtime API 返回的用量信息'
			},
			url: 'https://community.openai.com/t/help-me-understand-the-realtime-usage-block/1060242',
			publisher: { en: 'OpenAI Developer Community (forum)', zh: 'OpenAI 开发者社区（论坛）' },
			official: false
		},
		{
			id: 'd9-realtime-pricing-thread',
			title: {
				en: 'Realtime API cost anomaly: disproportionate charges on audio input',
				zh: 'Realtime API 费用异常：音频输入计费过高'
			},
			url: 'https://community.openai.com/t/realtime-api-cost-anomaly-disproportionate-charges-on-audio-input/1285295',
			publisher: { en: 'OpenAI Developer Community (forum)', zh: 'OpenAI 开发者社区（论坛）' },
			official: false
		}
	],
	notes: [
		{
			en: 'The article does not use the official name “Dev Day Holiday Edition”; it sums up the day as o1 finally reaching developers, together with a set of new tools.',
			zh: '文章没有使用官方名称“Dev Day Holiday Edition”，只把这一天概括为 o1 终于向开发者开放，外加一批新工具。'
		}
	]
} satisfies Day;
