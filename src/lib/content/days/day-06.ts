import type { Day } from '../types';

export default {
	number: 6,
	date: '2024-12-12',
	livestreamStart: '2024-12-12T18:00:00Z',
	title: {
		en: 'Santa Mode & Video in Advanced Voice',
		zh: '圣诞老人模式与高级语音视频功能'
	},
	shortTitle: { en: 'Video & Santa', zh: '视频与圣诞老人' },
	category: 'product-feature',
	summary: {
		en: 'Advanced Voice Mode learns to see through the camera and shared screens, and a festive Santa voice joins it for December.',
		zh: '高级语音模式新增视频和屏幕共享，能“看见”用户眼前的画面；另有限时到月底的圣诞老人语音。'
	},
	features: [
		{
			title: { en: 'Video and screen sharing in voice', zh: '语音模式支持视频与屏幕共享' },
			description: {
				en: 'Advanced Voice Mode can now take a live feed from the phone’s camera or from the user’s shared screen and talk about what it sees as the conversation goes on.',
				zh: '高级语音模式现在可以接收手机摄像头的实时画面或用户共享的屏幕，一边对话一边谈论它看到的内容。'
			},
			sources: ['d6-livestream', 'hub', 'community-index', 'ainews', 'article']
		},
		{
			title: { en: 'A Santa voice for the holidays', zh: '节日限定的圣诞老人语音' },
			description: {
				en: 'A seasonal Santa voice was added to voice mode on every platform, on offer until the end of December.',
				zh: '语音模式在所有平台上加入了应季的圣诞老人声音，可一直使用到 12月底。'
			},
			sources: ['d6-livestream', 'd6-ascii', 'article']
		},
		{
			title: { en: 'An apology to open', zh: '开场先道歉' },
			description: {
				en: 'Before the demos, the presenters apologised for a ChatGPT outage that had struck shortly beforehand.',
				zh: '演示开始前，主持人先为不久前 ChatGPT 的服务中断向用户致歉。'
			},
			sources: ['d6-livestream', 'community-index']
		}
	],
	figures: [],
	commentary: [
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun counts live video calling, with the screen or the room around the user shared with the AI, among the features OpenAI keeps adding inside ChatGPT, and argues that it turns the scenario of the film Her into something people can actually do.',
				zh: '黎诗韵把可共享屏幕或周围环境的实时视频通话，归入 OpenAI 在 ChatGPT 内部不断叠加的新功能之列，并认为它让电影《Her》里的情节成了现实。'
			},
			theme: 'super-app',
			source: 'article'
		}
	],
	themes: ['super-app'],
	sources: [
		{
			id: 'd6-livestream',
			title: {
				en: '12 Days of OpenAI, Day 6: Santa Mode & Video in Advanced Voice (livestream recording)',
				zh: 'OpenAI 12 天发布会第 6 天：圣诞老人模式与高级语音视频功能（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=NIQDnWlwYyQ',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd6-ascii',
			// Fact sheet S15 gives no headline and the stored copy of the page carries none, so this
			// says what the page is, and that its headline is not known, instead of standing in for one.
			title: {
				en: 'Japanese news report on the Santa mode in ChatGPT’s voice mode, quoting OpenAI’s post of 12 December 2024 (headline not recorded)',
				zh: '关于 ChatGPT 语音模式新增“圣诞老人模式”的日文新闻报道，引述了 OpenAI 2024年12月12日的帖子（未记下原标题）'
			},
			url: 'https://ascii.jp/elem/000/004/240/4240827',
			publisher: { en: 'ASCII.jp', zh: 'ASCII.jp' },
			official: false
		}
	],
	notes: []
} satisfies Day;
