import type { Day } from '../types';

export default {
	number: 1,
	date: '2024-12-05',
	livestreamStart: '2024-12-05T18:00:00Z',
	title: {
		en: 'OpenAI o1 and o1 pro mode in ChatGPT',
		zh: 'ChatGPT 上的 OpenAI o1 与 o1 pro 模式'
	},
	shortTitle: { en: 'o1 & Pro', zh: 'o1 与 Pro' },
	category: 'model',
	summary: {
		en: 'The full o1 reasoning model takes over from o1-preview in ChatGPT, and a new $200-a-month Pro plan adds o1 pro mode for the hardest problems.',
		zh: '完整版推理模型 o1 在 ChatGPT 中接替 o1-preview；月费 200 美元的全新 Pro 套餐还带来专攻难题的 o1 pro 模式。'
	},
	features: [
		{
			title: { en: 'Full o1 replaces o1-preview', zh: '完整版 o1 接替 o1-preview' },
			description: {
				en: 'Inside ChatGPT, the finished o1 reasoning model takes the place of o1-preview, the early version people had been using since September.',
				zh: '在 ChatGPT 中，完整版推理模型 o1 取代了用户自 9月以来一直在用的早期版本 o1-preview。'
			},
			sources: ['article', 'd1-openai-post', 'd1-livestream', 'hub', 'd1-system-card', 'ainews']
		},
		{
			title: { en: 'Reads images', zh: '支持图像输入' },
			description: {
				en: 'o1 accepts pictures as well as text, so a question can arrive with an image attached for the model to reason about.',
				zh: 'o1 不只能读文字，也能看图：提问时可以附上图片，让模型结合图像内容进行推理。'
			},
			sources: ['article', 'd1-openai-post', 'd1-livestream', 'ainews']
		},
		{
			title: { en: 'Quicker answers', zh: '响应更快' },
			description: {
				en: 'OpenAI says o1 reasons more concisely than o1-preview did, which shortens the wait for a reply.',
				zh: 'OpenAI 表示，o1 的推理过程比 o1-preview 更精炼，因此用户等待回复的时间更短。'
			},
			sources: ['article', 'd1-openai-post']
		},
		{
			title: { en: 'Fewer serious mistakes', zh: '重大错误更少' },
			description: {
				en: 'On difficult questions drawn from real-world use, o1 makes major errors noticeably less often than o1-preview.',
				zh: '面对来自真实使用场景的疑难问题，o1 出现重大错误的频率明显低于 o1-preview。'
			},
			sources: ['article', 'd1-openai-post']
		},
		{
			title: { en: 'Preview first shipped in September', zh: 'o1-preview 于 9月首发' },
			description: {
				en: 'o1-preview had come out on 12 September 2024, so the finished model followed in under three months.',
				zh: 'o1-preview 发布于 2024年9月12日，完整版前后只隔了不到三个月。'
			},
			sources: ['article', 'ainews']
		},
		{
			title: { en: 'ChatGPT Pro and o1 pro mode', zh: 'ChatGPT Pro 与 o1 pro 模式' },
			description: {
				en: 'A new $200-a-month plan offers unlimited use of o1, GPT-4o and Advanced Voice. It also unlocks o1 pro mode, which throws extra compute at the hardest problems.',
				zh: '新推出的 Pro 套餐月费 200 美元，可不限量使用 o1、GPT-4o 和高级语音模式，并解锁 o1 pro 模式，在最棘手的问题上调用更多算力。'
			},
			sources: ['d1-chatgpt-pro', 'ainews']
		},
		{
			title: { en: 'API access promised for later', zh: 'API 接入留待日后' },
			description: {
				en: 'OpenAI said function calling and access through its API would come later; both began reaching developers on Day 9.',
				zh: 'OpenAI 表示函数调用和 API 接入将稍后推出，这两项能力在第九天开始向开发者开放。'
			},
			sources: ['ainews']
		}
	],
	figures: [
		{
			id: 'major-errors',
			measure: 'major-error-reduction',
			label: {
				en: 'Fewer major errors on hard real-world questions',
				zh: '现实疑难问题上的重大错误减少'
			},
			value: 34,
			unit: { en: '% fewer', zh: '%（降幅）' },
			comparison: { en: 'Compared with o1-preview', zh: '与 o1-preview 相比' },
			sources: ['d1-openai-post', 'article']
		},
		{
			id: 'thinking-speed',
			measure: 'thinking-speedup',
			label: { en: 'Faster thinking', zh: '思考速度提升' },
			value: 50,
			display: { en: '~50', zh: '约 50' },
			unit: { en: '% faster', zh: '%（提速）' },
			comparison: { en: 'Compared with o1-preview', zh: '与 o1-preview 相比' },
			note: {
				en: 'This size is the article’s own. OpenAI’s announcement says only that o1 responds faster, and no source for 50% was found.',
				zh: '这一幅度出自文章。OpenAI 的公告只说 o1 响应更快，核查中未找到“50%”的出处。'
			},
			unverified: true,
			sources: ['article', 'd1-openai-post']
		},
		{
			id: 'pro-price',
			measure: 'chatgpt-plan-price',
			label: { en: 'ChatGPT Pro subscription', zh: 'ChatGPT Pro 订阅费' },
			value: 200,
			unit: { en: 'USD per month', zh: '美元/月' },
			comparison: {
				en: 'Ten times the $20 Plus plan',
				zh: '是 20 美元 Plus 套餐的十倍'
			},
			bars: [
				{ label: { en: 'ChatGPT Plus', zh: 'ChatGPT Plus' }, value: 20 },
				{ label: { en: 'ChatGPT Pro', zh: 'ChatGPT Pro' }, value: 200, subject: true }
			],
			sources: ['d1-chatgpt-pro', 'ainews']
		},
		{
			id: 'preview-to-o3',
			measure: 'o1-preview-to-o3-months',
			label: { en: 'From o1-preview to o3', zh: '从 o1-preview 到 o3' },
			value: 3,
			display: { en: '~3', zh: '约 3' },
			unit: { en: 'months', zh: '个月' },
			comparison: {
				en: 'September to December 2024',
				zh: '2024年9月至12月'
			},
			sources: ['article', 'ainews']
		}
	],
	headlineFigure: 'major-errors',
	commentary: [
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun observes that the o-series gained reasoning power at remarkable speed in the three months after o1-preview: the full o1 was the first step, and o3 already outdoes some human experts on hard problems.',
				zh: '黎诗韵指出，o1-preview 问世后的短短三个月里，o 系列的推理能力突飞猛进：完整版 o1 只是第一步，o3 在复杂问题上已胜过部分人类专家。'
			},
			theme: 'depth-and-breadth',
			source: 'article'
		}
	],
	commentaryElsewhere: [
		{
			person: 'liu-zhiyuan',
			day: 12,
			about: {
				en: 'Liu Zhiyuan’s argument that the step from o1 to o3 was bought with more computation at inference time',
				zh: '刘知远关于 o1 到 o3 的跃升来自推理阶段算力投入的观点'
			}
		}
	],
	themes: ['depth-and-breadth'],
	sources: [
		{
			id: 'd1-livestream',
			title: {
				en: 'Livestream: OpenAI o1 and o1 pro mode in ChatGPT',
				zh: '直播回放：ChatGPT 上的 OpenAI o1 与 o1 pro 模式'
			},
			url: 'https://www.youtube.com/watch?v=iBfQTnA2n2s',
			publisher: { en: 'OpenAI (YouTube)', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			// Fact sheet S10: OpenAI's post of 5 December on o1 (faster responses, 34% fewer major
			// errors), whose wording the sheet read as quoted in Zvi Mowshowitz's write-up on o1; the
			// id is that of the @OpenAI o1 post of 5 December 2024, 10:16 PT (S5).
			id: 'd1-openai-post',
			title: {
				en: 'OpenAI’s post announcing o1 in ChatGPT (5 December 2024)',
				zh: 'OpenAI 宣布 o1 登陆 ChatGPT 的帖子（2024年12月5日）'
			},
			url: 'https://x.com/OpenAI/status/1864735516455010475',
			publisher: { en: 'OpenAI on X', zh: 'OpenAI（X）' },
			official: true
		},
		{
			id: 'd1-chatgpt-pro',
			title: { en: 'Introducing ChatGPT Pro', zh: '推出 ChatGPT Pro' },
			url: 'https://openai.com/index/introducing-chatgpt-pro/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd1-system-card',
			title: {
				en: 'OpenAI o1 System Card (5 December 2024)',
				zh: 'OpenAI o1 系统卡（2024年12月5日）'
			},
			url: 'https://cdn.openai.com/o1-system-card-20241205.pdf',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		}
	],
	notes: [
		{
			en: 'The article discusses only the o1 model. It never mentions ChatGPT Pro or o1 pro mode, although both are part of the day’s official title.',
			zh: '文章只谈到 o1 模型，对 ChatGPT Pro 和 o1 pro 模式只字未提，尽管二者都写在当天直播的官方标题里。'
		}
	]
} satisfies Day;
