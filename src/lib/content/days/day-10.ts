import type { Day } from '../types';

export default {
	number: 10,
	date: '2024-12-18',
	livestreamStart: '2024-12-18T18:00:00Z',
	title: { en: '1-800-CHATGPT', zh: '1-800-CHATGPT 热线' },
	shortTitle: { en: 'Phone & WhatsApp', zh: '电话与 WhatsApp' },
	category: 'ecosystem',
	summary: {
		en: 'ChatGPT gets a phone number: US callers can dial 1-800-CHATGPT, and anyone can message the same number on WhatsApp, no account needed.',
		zh: 'ChatGPT 有了自己的电话号码：美国用户可拨打 1-800-CHATGPT，全球用户可在 WhatsApp 上给同一号码发消息，无需账号。'
	},
	features: [
		{
			title: { en: 'Call ChatGPT', zh: '给 ChatGPT 打电话' },
			description: {
				en: 'Callers in the US can talk to ChatGPT by dialling 1-800-242-8478 (1-800-CHATGPT) from an ordinary phone; the demo used flip phones and even an old rotary phone.',
				zh: '美国用户用普通电话拨打 1-800-242-8478（即 1-800-CHATGPT），就能和 ChatGPT 通话；现场演示用上了翻盖手机，甚至还有一部老式转盘电话。'
			},
			sources: ['d10-livestream', 'hub', 'd10-help', 'community-index', 'article']
		},
		{
			title: { en: 'ChatGPT on WhatsApp', zh: 'WhatsApp 里的 ChatGPT' },
			description: {
				en: 'The same number can be saved as a WhatsApp contact, so people anywhere in the world can chat with ChatGPT by message.',
				zh: '同一个号码还可以存成 WhatsApp 联系人，世界各地的用户都能发消息和 ChatGPT 聊天。'
			},
			sources: ['d10-livestream', 'd10-help', 'community-index', 'article']
		},
		{
			title: { en: 'Text only at first', zh: '起初只支持文字' },
			description: {
				en: 'At launch the WhatsApp chat handled text alone; sending images and voice messages was added in February 2025.',
				zh: '刚上线时，WhatsApp 对话只能收发文字；发送图片和语音消息的功能到 2025年2月才加入。'
			},
			sources: ['d10-weil-whatsapp', 'article']
		},
		{
			title: { en: 'No account needed', zh: '无需账号' },
			description: {
				en: 'Neither calling nor messaging requires an OpenAI account.',
				zh: '无论打电话还是发消息，都不需要注册 OpenAI 账号。'
			},
			sources: ['d10-help']
		}
	],
	figures: [
		{
			id: 'free-minutes',
			measure: 'chatgpt-phone-free-minutes',
			label: { en: 'Free calling time', zh: '免费通话时长' },
			value: 15,
			unit: { en: 'minutes per month', zh: '分钟 / 月' },
			sources: ['d10-help', 'd10-livestream', 'article']
		},
		{
			id: 'whatsapp-users',
			measure: 'whatsapp-users',
			label: {
				en: 'WhatsApp users (the article’s figure)',
				zh: 'WhatsApp 用户数（文章给出的数字）'
			},
			value: 3,
			display: { en: 'nearly 3', zh: '近 30' },
			unit: { en: 'billion users', zh: '亿用户' },
			note: {
				en: 'The article gives this number without a source, and it was not checked against Meta’s own figures.',
				zh: '文章没有说明这个数字的出处，我们也未对照 Meta 公布的数据核实。'
			},
			unverified: true,
			sources: ['article']
		}
	],
	headlineFigure: 'free-minutes',
	commentary: [
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun argues that a plain phone line carries ChatGPT to people in some countries and regions where smartphones and mobile internet are still far from universal, while WhatsApp puts it in front of that app’s enormous user base.',
				zh: '黎诗韵认为，在一些智能手机和移动网络仍远未普及的国家和地区，一条普通电话线就能把 ChatGPT 送到人们身边；借助 WhatsApp，它又能接触到这款应用的庞大用户群。'
			},
			theme: 'super-app',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun files the phone line next to the Apple deal as OpenAI reaching outward into other companies’ ecosystems, the counterpart to the features it keeps adding inside ChatGPT; either way, she writes, what ChatGPT hopes for is to reach more people and become a true super app.',
				zh: '黎诗韵把电话热线和苹果合作归为一类，即 OpenAI 向外接入别家的生态，与在 ChatGPT 内部不断添加功能相对应；她写道，无论走哪条路，ChatGPT 希望的都是触达更多人，成为真正的超级应用。'
			},
			theme: 'super-app',
			source: 'article'
		}
	],
	themes: ['super-app'],
	sources: [
		{
			id: 'd10-livestream',
			title: {
				en: '12 Days of OpenAI, Day 10: 1-800-CHATGPT (livestream recording)',
				zh: 'OpenAI 12 天发布会第 10 天：1-800-CHATGPT 热线（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=LWa6OHeNK3s',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd10-help',
			title: {
				en: '1-800-ChatGPT: Calling and messaging ChatGPT with your phone',
				zh: '1-800-ChatGPT：用手机给 ChatGPT 打电话、发消息'
			},
			url: 'https://help.openai.com/en/articles/10193193-1-800-chatgpt-calling-and-messaging-chatgpt-with-your-phone',
			publisher: { en: 'OpenAI Help Center', zh: 'OpenAI 帮助中心' },
			official: true
		},
		{
			id: 'd10-weil-whatsapp',
			title: {
				en: 'Kevin Weil’s post adding images and voice messages to 1-800-CHATGPT on WhatsApp (4 February 2025)',
				zh: '凯文·韦尔宣布 WhatsApp 上的 1-800-CHATGPT 支持图片和语音消息的帖子（2025年2月4日）'
			},
			url: 'https://x.com/kevinweil/status/1886988476203126878',
			publisher: { en: 'Kevin Weil (OpenAI) on X', zh: '凯文·韦尔（OpenAI）在 X 上' },
			official: true
		}
	],
	notes: [
		{
			en: 'The article mentions free calls only for users in the United States; OpenAI’s help centre, as cited later, lists Canada as well.',
			zh: '文章只提到美国用户可以免费拨打；据后来引用的 OpenAI 帮助中心说明，加拿大也在可拨打范围之内。'
		}
	]
} satisfies Day;
