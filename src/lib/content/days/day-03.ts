import type { Day } from '../types';

export default {
	number: 3,
	date: '2024-12-09',
	livestreamStart: '2024-12-09T18:00:00Z',
	title: { en: 'Sora', zh: 'Sora' },
	shortTitle: { en: 'Sora', zh: 'Sora' },
	category: 'model',
	summary: {
		en: 'Sora opens to ChatGPT Plus and Pro subscribers on the faster Sora Turbo model, with editing tools such as Storyboard, Remix and Blend.',
		zh: 'Sora 向 ChatGPT Plus 和 Pro 订阅用户开放，换用更快的 Sora Turbo 模型，并配备故事板、Remix、Blend 等编辑工具。'
	},
	features: [
		{
			title: { en: 'Public launch on Sora Turbo', zh: '基于 Sora Turbo 正式上线' },
			description: {
				en: 'Sora became a standalone product at sora.com. It makes video from a text prompt or from an image, and runs on a faster model called Sora Turbo.',
				zh: 'Sora 以独立产品的形式在 sora.com 上线，可根据文字提示或图片生成视频，背后运行的是速度更快的 Sora Turbo 模型。'
			},
			sources: [
				'article',
				'd3-livestream',
				'hub',
				'd3-sora-is-here',
				'd3-system-card',
				'd3-sora-site',
				'd3-gadgets360'
			]
		},
		{
			title: { en: 'Storyboard', zh: '故事板' },
			description: {
				en: 'Users set out cards along a timeline, each describing one moment, and Sora fills in the footage between them, much as a director works from a storyboard.',
				zh: '用户沿时间轴排布一张张故事卡，每张描述一个瞬间，Sora 会自动补全卡片之间的画面，就像导演照着分镜拍片一样。'
			},
			sources: ['article', 'd3-livestream', 'd3-gadgets360']
		},
		{
			title: { en: 'Remix', zh: 'Remix（文字改视频）' },
			description: {
				en: 'An existing video can be changed by describing the edit in words, rather than by rewriting the prompt and generating a new clip from scratch.',
				zh: '只需用文字说明想改什么，就能直接修改现有视频，不必反复调整提示词、从头再生成一段。'
			},
			sources: ['article', 'd3-sora-is-here', 'community-index', 'd3-gadgets360']
		},
		{
			title: { en: 'Blend', zh: 'Blend（视频融合）' },
			description: {
				en: 'Two different clips can be merged into one seamless video.',
				zh: '可以把两段不同的视频无缝融合成一段。'
			},
			sources: ['article', 'd3-sora-is-here', 'community-index', 'd3-gadgets360']
		},
		{
			title: { en: 'Style presets', zh: '风格预设' },
			description: {
				en: 'A video can be given a different visual style, so the look changes while the content stays.',
				zh: '可以为视频换上另一种画风，内容不变，观感焕然一新。'
			},
			note: {
				en: 'Only the article describes this tool; the sources checked did not confirm it.',
				zh: '此项仅见于文章，核查所用的资料未能证实。'
			},
			sources: ['article']
		},
		{
			title: { en: 'Re-cut and Loop', zh: 'Re-cut 与 Loop' },
			description: {
				en: 'Two more tools, Re-cut and Loop, were released at the same time. The source that lists them does not say what they do, and the article does not mention them.',
				zh: '同期推出的还有 Re-cut 和 Loop 两项工具。列出它们的资料没有说明它们的用途，文章也未提及。'
			},
			sources: ['community-index']
		},
		{
			title: { en: 'Who could use it', zh: '开放范围' },
			description: {
				en: 'At launch only ChatGPT Plus and Pro subscribers had access, and Sora was not available in most of Europe or in the UK.',
				zh: '上线之初只有 ChatGPT Plus 和 Pro 订阅用户可以使用，欧洲大部分地区和英国暂未开放。'
			},
			sources: ['ainews', 'd3-gadgets360']
		}
	],
	figures: [
		{
			id: 'preview-to-launch',
			measure: 'sora-preview-to-launch-months',
			label: { en: 'From first preview to public launch', zh: '从首次预览到正式上线' },
			value: 10,
			display: { en: '~10', zh: '约 10' },
			unit: { en: 'months', zh: '个月' },
			comparison: {
				en: 'First shown in February 2024; opened to the public on 9 December 2024',
				zh: '2024年2月首次亮相，2024年12月9日向公众开放'
			},
			sources: ['article', 'd3-gadgets360']
		},
		{
			id: 'plus-allowance',
			measure: 'sora-videos-per-month',
			label: { en: 'ChatGPT Plus allowance', zh: 'ChatGPT Plus 生成额度' },
			value: 50,
			unit: { en: 'videos per month', zh: '条/月' },
			comparison: {
				en: 'At 480p; fewer if made at 720p',
				zh: '按 480p 计；若选 720p，条数更少'
			},
			bars: [
				{ label: { en: 'Plus', zh: 'Plus' }, value: 50, subject: true },
				{ label: { en: 'Pro (priority)', zh: 'Pro（优先）' }, value: 500 }
			],
			sources: ['ainews', 'd3-gadgets360']
		},
		{
			id: 'pro-allowance',
			measure: 'sora-priority-videos-per-month',
			label: { en: 'ChatGPT Pro priority allowance', zh: 'ChatGPT Pro 优先生成额度' },
			value: 500,
			unit: { en: 'priority videos per month', zh: '条优先视频/月' },
			comparison: {
				en: 'Ten times the Plus allowance, plus unlimited generations in the slower “relaxed” mode',
				zh: '是 Plus 额度的十倍，另可在速度较慢的“relaxed”模式下不限量生成'
			},
			bars: [
				{ label: { en: 'Plus', zh: 'Plus' }, value: 50 },
				{ label: { en: 'Pro (priority)', zh: 'Pro（优先）' }, value: 500, subject: true }
			],
			sources: ['ainews']
		},
		{
			id: 'max-resolution',
			measure: 'sora-max-resolution',
			label: { en: 'Highest output resolution', zh: '最高输出分辨率' },
			value: 1080,
			display: { en: '1080p', zh: '1080p' },
			unit: { en: 'pixels high', zh: '像素（画面高度）' },
			sources: ['d3-gadgets360']
		},
		{
			id: 'max-duration',
			measure: 'sora-max-duration',
			label: { en: 'Longest video', zh: '最长视频时长' },
			value: 20,
			unit: { en: 'seconds', zh: '秒' },
			sources: ['d3-gadgets360']
		}
	],
	headlineFigure: 'preview-to-launch',
	commentary: [
		{
			person: 'tang-jiayu',
			argument: {
				en: 'Tang Jiayu argues that the launch brought no surprises: realism and physical behaviour look little changed since the February preview, so judged on the underlying model it falls short of expectations.',
				zh: '唐家渝认为，这次发布没有带来什么惊喜：与 2月的预览相比，真实感和物理表现都没有明显进步，单看基础模型能力，表现不及预期。'
			},
			quote: { en: 'below expectations', zh: '低于预期' },
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'tang-jiayu',
			argument: {
				en: 'Tang Jiayu argues that, taken as a whole, Sora holds no clear lead over Chinese video models, and that his own company is keeping pace with OpenAI.',
				zh: '唐家渝认为，综合来看，Sora 相比国内视频模型并无明显优势，生数科技与 OpenAI 基本不相上下。'
			},
			quote: { en: 'neck and neck', zh: '齐头并进' },
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'tang-jiayu',
			argument: {
				en: 'Tang Jiayu argues that what does stand out a little is not basic text-to-video or image-to-video but the editing tools built around them, a sign that OpenAI now gives more weight to the experience of making a video.',
				zh: '唐家渝认为，Sora 多少有些看点的地方不在基础的文生视频和图生视频，而在围绕创作搭建的编辑工具上，这表明 OpenAI 如今更看重用户做视频时的体验。'
			},
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'tang-jiayu',
			argument: {
				en: 'Tang Jiayu argues that these tools exist to give creators more room to work, that Vidu already plans comparable features, and that building them poses no real difficulty for his team.',
				zh: '唐家渝认为，这些设计的用意都是让创作者有更大的施展余地；Vidu 已把同类功能排进了后续版本，对他的团队而言，做出来并不难。'
			},
			quote: { en: 'no difficulty for us', zh: '并没有难度' },
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'tang-jiayu',
			argument: {
				en: 'Tang Jiayu argues that Sora’s clips still get physics visibly wrong in many places, with little improvement on the February demo, but that the many people now trying it may produce test cases that help steer better physics simulation.',
				zh: '唐家渝认为，Sora 生成的画面里仍常见一眼就能看出的物理错误，比起 2月的演示改进有限；不过如今上手试用的人多了，他们留下的案例也许能为改进物理模拟提供参考。'
			},
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun observes that when Sora at last opened to the public, Chinese text-to-video companies felt relieved: over the year ByteDance, Kuaishou, MiniMax, Zhipu, Shengshu and AIsphere (maker of PixVerse) had all brought out products of their own.',
				zh: '黎诗韵写道，等到 Sora 终于公开上线，国内做文生视频的公司都放下心来：这一年里，字节、快手、MiniMax、智谱、生数和爱诗都已各自推出了产品。'
			},
			theme: 'sora-and-video',
			source: 'article'
		},
		{
			person: 'sam-altman',
			argument: {
				en: 'Sam Altman gives three reasons for making Sora: creative people get a new tool; people should be able to work with AI through more than text; and, most important to him, it fits OpenAI’s route to AGI, since a model that keeps learning how the world works could become a world model.',
				zh: 'Sam Altman 讲了做 Sora 的三点理由：给创作者提供新工具；人与 AI 打交道不该局限于文字；他最看重的一点是，这与 OpenAI 走向 AGI 的路线相符，因为模型不断学习世界的运作方式，将来可能发展为世界模型。'
			},
			theme: 'sora-and-video',
			source: 'article'
		}
	],
	themes: ['sora-and-video'],
	sources: [
		{
			id: 'd3-livestream',
			title: { en: 'Livestream: Sora', zh: '直播回放：Sora' },
			url: 'https://www.youtube.com/watch?v=2jKVx2vyZOY',
			publisher: { en: 'OpenAI (YouTube)', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd3-sora-is-here',
			title: { en: 'Sora is here', zh: 'Sora 来了' },
			url: 'https://openai.com/index/sora-is-here/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd3-system-card',
			title: { en: 'Sora System Card', zh: 'Sora 系统卡' },
			url: 'https://openai.com/index/sora-system-card/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd3-sora-site',
			title: { en: 'Sora (product site)', zh: 'Sora（产品网站）' },
			url: 'https://sora.com',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd3-gadgets360',
			// The stored copy of the page has no headline, so this names the report rather than quoting one.
			title: {
				en: 'Report on Sora’s launch for ChatGPT Plus and Pro subscribers (10 December 2024)',
				zh: '关于 Sora 向 ChatGPT Plus 和 Pro 订阅用户上线的报道（2024年12月10日）'
			},
			url: 'https://www.gadgets360.com/ai/news/openai-sora-ai-video-generation-model-chatgpt-plus-pro-subscribers-7214263',
			publisher: { en: 'Gadgets360', zh: 'Gadgets360' },
			official: false
		}
	],
	notes: []
} satisfies Day;
