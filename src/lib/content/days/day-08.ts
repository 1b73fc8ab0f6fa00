import type { Day } from '../types';

export default {
	number: 8,
	date: '2024-12-16',
	livestreamStart: '2024-12-16T18:00:00Z',
	title: { en: 'Search', zh: '搜索' },
	shortTitle: { en: 'Search', zh: '搜索' },
	category: 'product-feature',
	summary: {
		en: 'ChatGPT search opens to every logged-in user worldwide, free plan included, and arrives in voice mode and a new mobile maps view.',
		zh: 'ChatGPT 搜索向全球所有登录用户开放（含免费用户），还进入了语音模式，手机端新增地图视图。'
	},
	features: [
		{
			title: { en: 'Search for every logged-in user', zh: '登录用户都能用搜索' },
			description: {
				en: 'Web search inside ChatGPT was switched on for everyone signed in, anywhere in the world, free accounts included.',
				zh: 'ChatGPT 内置的联网搜索向全球所有登录用户开放，免费账户也不例外。'
			},
			sources: ['d8-livestream', 'd8-hub', 'community-index', 'ainews']
		},
		{
			title: { en: 'Search in voice mode', zh: '语音模式也能搜索' },
			description: {
				en: 'Voice conversations can now pull in fresh information from the web, so a spoken question can get an up-to-date answer.',
				zh: '语音对话中也能调用搜索，开口提问就能拿到来自网络的最新信息。'
			},
			sources: ['d8-livestream', 'community-index', 'ainews']
		},
		{
			title: { en: 'Maps on mobile', zh: '手机端地图' },
			description: {
				en: 'On phones, searches for places now come back in a new map-based view.',
				zh: '在手机上搜索地点时，结果会以全新的地图界面呈现。'
			},
			sources: ['d8-livestream', 'community-index', 'ainews']
		},
		{
			title: { en: 'Faster, better mobile search', zh: '手机端搜索更快更准' },
			description: {
				en: 'Search on mobile was made quicker, and the quality of its results was improved.',
				zh: '手机端搜索的响应速度更快，结果质量也有所提升。'
			},
			sources: ['community-index']
		},
		{
			title: { en: 'Open places in Apple or Google Maps', zh: '跳转苹果或谷歌地图' },
			description: {
				en: 'According to the article, a place found through search can be handed off to Apple Maps or Google Maps.',
				zh: '据文章介绍，通过搜索找到的地点可以转到苹果地图或谷歌地图中查看。'
			},
			note: {
				en: 'Reported only by the article; the official material we checked does not name these map apps.',
				zh: '这一说法只见于文章，我们查阅的官方资料并未提到这两款地图应用。'
			},
			sources: ['article']
		},
		{
			title: { en: 'Live data from news and data partners', zh: '新闻与数据合作方的实时信息' },
			description: {
				en: 'Search results can show stock prices, sports scores and weather forecasts supplied by news and data partners.',
				zh: '搜索结果可以展示由新闻和数据合作方提供的股价、体育比分和天气预报。'
			},
			note: {
				en: 'The article presents these partnerships as new on Day 8; they came with the first search launch on 31 October 2024.',
				zh: '文章把这些合作写成第八天的新内容，其实它们早在 2024年10月31日搜索功能首次上线时就已推出。'
			},
			sources: ['d8-search-launch', 'article']
		}
	],
	figures: [],
	commentary: [
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun gives search for all, with its voice and map additions, as one example of the features added inside ChatGPT, which show where it seems to be heading: towards a super AI assistant that can do anything, is everywhere and is open to everyone.',
				zh: '黎诗韵把搜索向所有用户开放及其语音、地图方面的扩展，举作 ChatGPT 内部新增功能的一个例子；从这些功能看，ChatGPT 似乎要成为一个什么都能做、哪里都在、谁都用得上的超级 AI 助理。'
			},
			theme: 'super-app',
			source: 'article'
		}
	],
	themes: ['super-app'],
	sources: [
		{
			id: 'd8-livestream',
			title: {
				en: '12 Days of OpenAI, Day 8: Search (livestream recording)',
				zh: 'OpenAI 12 天发布会第 8 天：搜索（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=OzgNJJ2ErEE',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd8-hub',
			// Fact sheet S4: this ?day=8 link was posted by @OpenAI (for most days the pattern is a guess).
			title: {
				en: '12 Days of OpenAI (event hub), its Day 8 link as posted by @OpenAI',
				zh: 'OpenAI 12 天发布会活动主页（@OpenAI 发布的第 8 天链接）'
			},
			url: 'https://openai.com/12-days/?day=8',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd8-search-launch',
			title: {
				en: 'Introducing ChatGPT search (31 October 2024)',
				zh: '推出 ChatGPT 搜索（2024年10月31日）'
			},
			url: 'https://openai.com/index/introducing-chatgpt-search/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		}
	],
	notes: []
} satisfies Day;
