import type { Day } from '../types';

export default {
	number: 7,
	date: '2024-12-13',
	livestreamStart: '2024-12-13T18:00:00Z',
	title: { en: 'Projects', zh: '项目（Projects）' },
	shortTitle: { en: 'Projects', zh: '项目' },
	category: 'product-feature',
	summary: {
		en: 'Projects arrive in ChatGPT: folders that keep related chats together with their own uploaded files and custom instructions.',
		zh: 'ChatGPT 推出“项目”功能：把相关对话收进同一个文件夹，并配上专属的上传文件和自定义指令。'
	},
	features: [
		{
			title: { en: 'A new way to organise work', zh: '整理工作的新方式' },
			description: {
				en: 'Projects give ChatGPT a home for longer pieces of work that span many conversations. The article names the feature only in its opening list of launches and does not describe it.',
				zh: '“项目”为 ChatGPT 中横跨多次对话的较长任务提供了一个归处。文章只在开头的发布清单里提了一下这个名字，没有展开介绍。'
			},
			sources: ['d7-livestream', 'hub', 'ainews', 'article']
		},
		{
			title: { en: 'Chats, files and instructions in one place', zh: '对话、文件和指令集中一处' },
			description: {
				en: 'Each project works like a folder: it groups related chats and also holds the files the user uploads and custom instructions for the work inside it.',
				zh: '每个项目就像一个文件夹，既能归集相关对话，也能存放用户上传的文件，并为其中的工作设置自定义指令。'
			},
			sources: ['d7-livestream', 'ainews']
		},
		{
			title: { en: 'Runs on GPT-4o', zh: '基于 GPT-4o' },
			description: {
				en: 'At launch, Projects worked with the GPT-4o model.',
				zh: '“项目”功能上线时支持的是 GPT-4o 模型。'
			},
			sources: ['d7-livestream', 'ainews']
		},
		{
			title: { en: 'Staged rollout', zh: '分批上线' },
			description: {
				en: 'Plus, Pro and Team subscribers around the world got Projects first; Enterprise and Edu accounts were promised it in January 2025.',
				zh: '全球的 Plus、Pro 和 Team 订阅用户率先用上“项目”，Enterprise 和 Edu 账户则要等到 2025年1月。'
			},
			sources: ['d7-livestream', 'ainews']
		}
	],
	figures: [],
	commentary: [],
	themes: ['super-app'],
	sources: [
		{
			id: 'd7-livestream',
			title: {
				en: '12 Days of OpenAI, Day 7: Projects (livestream recording)',
				zh: 'OpenAI 12 天发布会第 7 天：项目（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=FcB97h3vrzk',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		}
	],
	notes: [
		{
			en: 'The article mentions Projects only in its opening round-up and never says which day it launched on; the date here comes from OpenAI’s own Projects post and the AINews digest for 12–13 December.',
			zh: '文章只在开头的盘点里提到“项目”功能，没有说明它是第几天发布的；这里的日期依据 OpenAI 自己发布的 Projects 帖子和 AINews 12月12日至13日的简报。'
		}
	]
} satisfies Day;
