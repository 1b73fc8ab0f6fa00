import type { Day } from '../types';

export default {
	number: 5,
	date: '2024-12-11',
	livestreamStart: '2024-12-11T18:00:00Z',
	title: { en: 'ChatGPT x Apple Intelligence', zh: 'ChatGPT × Apple 智能' },
	shortTitle: { en: 'Apple Intelligence', zh: 'Apple 智能' },
	category: 'ecosystem',
	summary: {
		en: 'ChatGPT is wired into Apple Intelligence, reachable through Siri, Writing Tools and Visual Intelligence on iPhone, iPad and Mac.',
		zh: 'ChatGPT 接入 Apple 智能，用户在 iPhone、iPad 和 Mac 上可以通过 Siri、写作工具和视觉智能直接调用它。'
	},
	features: [
		{
			title: { en: 'Built into Apple’s operating systems', zh: '融入苹果操作系统' },
			description: {
				en: 'ChatGPT is now part of Apple Intelligence on iPhone, iPad and Mac. It came with the iOS 18.2, iPadOS 18.2 and macOS Sequoia 15.2 updates; iOS 18.2 reached users on the same day as the livestream.',
				zh: 'ChatGPT 成为 iPhone、iPad 和 Mac 上 Apple 智能的一部分，随 iOS 18.2、iPadOS 18.2 和 macOS Sequoia 15.2 更新推出；其中 iOS 18.2 与直播在同一天上线。'
			},
			sources: ['d5-livestream', 'hub', 'ainews', 'article']
		},
		{
			title: { en: 'Siri can ask ChatGPT', zh: 'Siri 可转交 ChatGPT' },
			description: {
				en: 'Siri can pass a question on to ChatGPT, so people reach the model simply by speaking to their device instead of opening a separate app.',
				zh: 'Siri 可以把问题转给 ChatGPT 回答，用户对着设备说话就能用上它，无需另开应用。'
			},
			sources: ['d5-livestream', 'ainews', 'article']
		},
		{
			title: { en: 'Writing Tools', zh: '写作工具' },
			description: {
				en: 'Apple’s Writing Tools, which work across apps, can call on ChatGPT, including to compose new text from a prompt.',
				zh: '可在各个应用中使用的苹果“写作工具”能够调用 ChatGPT，其中包括根据提示从零撰写新内容。'
			},
			sources: ['d5-livestream', 'ainews', 'article']
		},
		{
			title: { en: 'Visual Intelligence', zh: '视觉智能' },
			description: {
				en: 'On the iPhone 16 line, the camera button opens Visual Intelligence, which can turn to ChatGPT to explain what the camera is looking at.',
				zh: '在 iPhone 16 系列上，按下相机按钮即可打开“视觉智能”，借助 ChatGPT 识别和解释镜头里的内容。'
			},
			sources: ['d5-livestream', 'ainews', 'community-index', 'article']
		},
		{
			title: { en: 'No account required', zh: '无需账户' },
			description: {
				en: 'Basic use through Apple’s features works without signing in to a ChatGPT account.',
				zh: '通过苹果系统功能进行基础使用时，不必登录 ChatGPT 账户。'
			},
			sources: ['d5-livestream', 'community-index']
		}
	],
	figures: [],
	commentary: [
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun gives the Apple deal as one example of OpenAI reaching outward into other companies’ ecosystems: built into iOS, macOS and iPadOS, ChatGPT reaches, by the article’s count, billions of Apple users. The author also sees it as the first time a large model has partnered with a platform at the level of the device and the operating system, setting a precedent.',
				zh: '黎诗韵以与苹果的合作为例，说明 OpenAI 如何向外接入别家的生态：ChatGPT 融入 iOS、macOS 和 iPadOS 之后，按文章的说法，触达了数十亿苹果用户。作者还认为，这是大模型第一次在终端和操作系统层面与平台方合作，开了先例。'
			},
			theme: 'super-app',
			source: 'article'
		}
	],
	themes: ['super-app'],
	sources: [
		{
			id: 'd5-livestream',
			title: {
				en: '12 Days of OpenAI, Day 5: ChatGPT x Apple Intelligence (livestream recording)',
				zh: 'OpenAI 12 天发布会第 5 天：ChatGPT × Apple 智能（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=mBhkD0iFf4w',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		}
	],
	notes: [
		{
			en: 'The article says the partnership put ChatGPT within reach of billions of Apple users. In fact the integration only runs on hardware that supports Apple Intelligence, such as recent iPhones and the newer iPads and Macs with M-series chips, so the number of people who can actually use it is far smaller.',
			zh: '文章称这次合作让 ChatGPT 触达了数十亿苹果用户。实际上，这项集成只能在支持 Apple 智能的硬件上使用，例如较新的 iPhone 以及搭载 M 系列芯片的新款 iPad 和 Mac，真正用得上的人要少得多。'
		}
	]
} satisfies Day;
