import type { Day } from '../types';

export default {
	number: 4,
	date: '2024-12-10',
	livestreamStart: '2024-12-10T18:00:00Z',
	title: { en: 'Canvas', zh: 'Canvas（画布）' },
	shortTitle: { en: 'Canvas', zh: 'Canvas' },
	category: 'product-feature',
	summary: {
		en: 'Canvas becomes available to every ChatGPT user on GPT-4o, free plan included, and can now run Python and work inside custom GPTs.',
		zh: 'Canvas 向所有使用 GPT-4o 的 ChatGPT 用户开放，免费用户也在其列；它还能直接运行 Python 代码，并可在自定义 GPT 中使用。'
	},
	features: [
		{
			title: { en: 'A stronger tool for writing and code', zh: '更强的写作与编程工具' },
			description: {
				en: 'Canvas is the ChatGPT workspace for drafting and revising documents and code together with the model. The article mentions it just once, in its opening round-up of the launches, as an upgraded tool for writing and programming.',
				zh: 'Canvas 是 ChatGPT 里与模型一起起草、修改文稿和代码的工作区。文章只在开头盘点各场发布时提到它一次，称之为升级后的写作和编程工具。'
			},
			sources: ['article', 'd4-livestream', 'community-index']
		},
		{
			title: { en: 'Open to everyone on GPT-4o', zh: '面向所有 GPT-4o 用户开放' },
			description: {
				en: 'Canvas became available to all ChatGPT users on GPT-4o, including those on the free plan. Until then it had been a beta for Plus and Team subscribers, first released on 3 October 2024.',
				zh: '所有使用 GPT-4o 的 ChatGPT 用户都能用上 Canvas，免费用户也不例外。此前它自 2024年10月3日起只以测试版形式提供给 Plus 和 Team 订阅用户。'
			},
			sources: [
				'd4-livestream',
				'd4-hub',
				'd4-introducing-canvas',
				'd4-help-canvas',
				'ainews',
				'd4-simon-willison'
			]
		},
		{
			title: { en: 'Python runs inside Canvas', zh: '在 Canvas 中运行 Python' },
			description: {
				en: 'Python code in a canvas can now be executed right where it is written, so a script can be tried out without copying it into another tool.',
				zh: '写在 Canvas 里的 Python 代码现在可以就地运行，试跑脚本不必再把代码复制到别的工具里。'
			},
			sources: ['d4-livestream', 'd4-help-canvas', 'community-index', 'd4-simon-willison']
		},
		{
			title: { en: 'Canvas in custom GPTs', zh: '自定义 GPT 也能用 Canvas' },
			description: {
				en: 'Custom GPTs can now use Canvas as well, bringing the same editing workspace to assistants that people build for themselves or others.',
				zh: '自定义 GPT 现在也能调用 Canvas，用户自己搭建或分享给他人的助手同样可以使用这一编辑工作区。'
			},
			sources: ['d4-livestream', 'community-index']
		}
	],
	figures: [],
	commentary: [],
	themes: ['super-app'],
	sources: [
		{
			id: 'd4-livestream',
			title: {
				en: '12 Days of OpenAI, Day 4: Canvas (livestream recording)',
				zh: 'OpenAI 12 天发布会第 4 天：Canvas（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=qZ0ImE41pVs',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd4-hub',
			// Fact sheet S4: this ?day=4 link was posted by @OpenAI (for most days the pattern is a guess).
			title: {
				en: '12 Days of OpenAI (event hub), its Day 4 link as posted by @OpenAI',
				zh: 'OpenAI 12 天发布会活动主页（@OpenAI 发布的第 4 天链接）'
			},
			url: 'https://openai.com/12-days/?day=4',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd4-help-canvas',
			title: {
				en: 'What is the canvas feature in ChatGPT and how do I use it?',
				zh: 'ChatGPT 的 Canvas 功能是什么？如何使用？'
			},
			url: 'https://help.openai.com/en/articles/9930697-what-is-the-canvas-feature-in-chatgpt-and-how-do-i-use-it',
			publisher: { en: 'OpenAI Help Center', zh: 'OpenAI 帮助中心' },
			official: true
		},
		{
			id: 'd4-introducing-canvas',
			title: {
				en: 'Introducing canvas (beta announcement, 3 October 2024)',
				zh: '推出 Canvas（测试版发布公告，2024年10月3日）'
			},
			url: 'https://openai.com/index/introducing-canvas/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd4-simon-willison',
			title: {
				en: 'ChatGPT Canvas can make API requests now, but it’s complicated',
				zh: 'ChatGPT Canvas 现在能发起 API 请求了，但事情没那么简单'
			},
			url: 'https://simonwillison.net/2024/Dec/10/chatgpt-canvas/',
			publisher: { en: "Simon Willison's Weblog", zh: 'Simon Willison 的博客' },
			official: false
		}
	],
	notes: [
		{
			en: 'The article lists Canvas only in its opening round-up and never says which day it launched on; the date here comes from OpenAI’s own Day 4 post and contemporary coverage.',
			zh: '文章只在开头的盘点里提到 Canvas，没有说明它是第几天发布的；这里的日期依据 OpenAI 自己的“第 4 天”帖子和当时的报道。'
		}
	]
} satisfies Day;
