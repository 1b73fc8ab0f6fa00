import type { Day } from '../types';

export default {
	number: 11,
	date: '2024-12-19',
	livestreamStart: '2024-12-19T18:00:00Z',
	title: { en: 'Work with Apps', zh: '与应用协同工作' },
	shortTitle: { en: 'Work with Apps', zh: '应用协同' },
	category: 'product-feature',
	summary: {
		en: 'The ChatGPT app for macOS can now read more coding and writing apps that the user picks, and Advanced Voice Mode works alongside them.',
		zh: 'macOS 版 ChatGPT 能读取用户指定的更多编程和写作应用，高级语音模式也能与这些应用配合使用。'
	},
	features: [
		{
			title: { en: 'Reads the apps you choose', zh: '读取你指定的应用' },
			description: {
				en: 'Once the user picks an app, the ChatGPT desktop app on macOS can see what is in it, which saves a lot of copying and pasting.',
				zh: '用户选定某个应用后，macOS 上的 ChatGPT 桌面端就能读取其中的内容，省去了来回复制粘贴的麻烦。'
			},
			sources: ['d11-livestream', 'hub', 'd11-help', 'article']
		},
		{
			title: { en: 'Xcode, BBEdit and MATLAB', zh: 'Xcode、BBEdit 与 MATLAB' },
			description: {
				en: 'The coding tools named or shown in the stream include Apple’s Xcode, the BBEdit text editor and MATLAB.',
				zh: '直播中提到或演示的编程工具包括苹果的 Xcode、文本编辑器 BBEdit 和 MATLAB。'
			},
			sources: ['d11-livestream', 'article']
		},
		{
			title: { en: 'Warp, a terminal', zh: '终端应用 Warp' },
			description: {
				en: 'ChatGPT can also read from Warp, a command-line terminal.',
				zh: 'ChatGPT 也能读取命令行终端 Warp 中的内容。'
			},
			note: {
				en: 'The article calls Warp a file-sharing app; it is in fact a terminal.',
				zh: '文章把 Warp 称作“文件共享应用”，其实它是一款终端软件。'
			},
			sources: ['d11-livestream', 'd11-help', 'd11-warp-issue']
		},
		{
			title: {
				en: 'VS Code, JetBrains IDEs and TextMate',
				zh: 'VS Code、JetBrains 系 IDE 与 TextMate'
			},
			description: {
				en: 'The stream also named VS Code, IDEs built on JetBrains’ platform such as Android Studio, PyCharm and RubyMine, and the TextMate editor; the article lists none of these.',
				zh: '直播还提到了 VS Code、基于 JetBrains 平台的 Android Studio、PyCharm、RubyMine 等 IDE，以及编辑器 TextMate；文章对这些都没有提及。'
			},
			sources: ['d11-livestream']
		},
		{
			title: { en: 'Nova and Script Editor (unconfirmed)', zh: 'Nova 与脚本编辑器（未证实）' },
			description: {
				en: 'The article also lists the Nova code editor and Script Editor among the supported coding apps.',
				zh: '文章还把代码编辑器 Nova 和“脚本编辑器”（Script Editor）列为支持的编程应用。'
			},
			note: {
				en: 'Neither app is named in the livestream captions, and OpenAI’s release notes could not be checked, so this remains unconfirmed.',
				zh: '直播字幕里没有出现这两款应用，OpenAI 的更新说明也未能查阅，因此这一说法尚未得到证实。'
			},
			sources: ['article']
		},
		{
			title: { en: 'Apple Notes, Notion and Quip', zh: 'Apple 备忘录、Notion 与 Quip' },
			description: {
				en: 'Three writing apps joined the list: Apple Notes, Notion and Quip.',
				zh: '写作类应用新增了三款：Apple 备忘录、Notion 和 Quip。'
			},
			sources: ['d11-livestream', 'article']
		},
		{
			title: { en: 'Voice alongside your apps', zh: '语音模式联动应用' },
			description: {
				en: 'Advanced Voice Mode now works together with connected apps, so a user can talk with ChatGPT about what is open in them.',
				zh: '高级语音模式现在可以与已连接的应用协同，用户能直接开口，和 ChatGPT 讨论这些应用里的内容。'
			},
			sources: ['d11-livestream', 'article']
		},
		{
			title: { en: 'Santa checks the set list', zh: '圣诞老人帮忙看歌单' },
			description: {
				en: 'In one demo a presenter kept a holiday party set list in Apple Notes and asked the Santa voice for song ideas; Santa proposed “Frosty the Snowman”, and when the title was then typed wrongly, ChatGPT noticed it was not quite right.',
				zh: '一段演示里，主持人在 Apple 备忘录中写了一份节日派对歌单，请圣诞老人语音推荐曲目。圣诞老人推荐了《Frosty the Snowman》，主持人随后把歌名打错，ChatGPT 当即指出写得不太对。'
			},
			note: {
				en: 'The article gives the misspelling as “Freezy the Snowman”; the captions are garbled at that point, so the exact typo cannot be confirmed.',
				zh: '文章说歌名被误写成《Freezy the Snowman》；字幕在这一处含混不清，具体的错误拼法无法核实。'
			},
			sources: ['d11-livestream', 'article']
		},
		{
			title: { en: 'Notion with web search', zh: 'Notion 里结合网络搜索' },
			description: {
				en: 'A second demo, in Notion, used typed prompts together with web search rather than voice.',
				zh: '另一段 Notion 演示用的是打字提问加网络搜索，而不是语音。'
			},
			sources: ['d11-livestream']
		},
		{
			title: { en: 'Mac first, Windows later', zh: 'Mac 先行，Windows 随后' },
			description: {
				en: 'The features reached the Mac app on the day of the stream, with Windows support described as coming soon.',
				zh: '这些功能在直播当天就登陆了 Mac 版，Windows 版则被告知“即将推出”。'
			},
			sources: ['d11-livestream']
		}
	],
	figures: [],
	commentary: [
		{
			person: 'kevin-weil',
			argument: {
				en: 'Kevin Weil says ChatGPT will move on from being simply a conversational assistant to being a more powerful agent, a tool that acts for its users.',
				zh: '凯文·韦尔表示，ChatGPT 将不再只是单纯的会话助手，而会变成更强大的代理工具，替用户办事。'
			},
			theme: 'super-app',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun ties this agentic turn to what GeekPark has learned of OpenAI’s founding vision, an agent that understands instructions and calls on whatever tools it needs; it looks, she writes, as if ChatGPT is heading back to where the company started.',
				zh: '黎诗韵把这种向智能体的转变，与极客公园了解到的 OpenAI 创立初衷联系在一起：做一个能听懂指令、自行调用各种工具的智能体。她写道，看上去 ChatGPT 正在回到公司出发的地方。'
			},
			theme: 'super-app',
			source: 'article'
		}
	],
	themes: ['super-app'],
	sources: [
		{
			id: 'd11-livestream',
			title: {
				en: '12 Days of OpenAI, Day 11: Work with Apps (livestream recording)',
				zh: 'OpenAI 12 天发布会第 11 天：与应用协同工作（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=g_qxoznfa7E',
			publisher: { en: 'OpenAI on YouTube', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd11-help',
			title: { en: 'Work with Apps on macOS', zh: '在 macOS 上与应用协同工作' },
			url: 'https://help.openai.com/en/articles/10119604-work-with-apps-on-macos',
			publisher: { en: 'OpenAI Help Center', zh: 'OpenAI 帮助中心' },
			official: true
		},
		{
			id: 'd11-warp-issue',
			title: {
				en: 'Integrate Warp with OpenAI’s ChatGPT Desktop “Work with apps” feature (issue #5489)',
				zh: '让 Warp 接入 ChatGPT 桌面端的“Work with apps”功能（议题 #5489）'
			},
			url: 'https://github.com/warpdotdev/warp/issues/5489',
			publisher: { en: 'GitHub (warpdotdev/warp)', zh: 'GitHub（warpdotdev/warp）' },
			official: false
		}
	],
	notes: []
} satisfies Day;
