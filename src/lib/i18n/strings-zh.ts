import type { Category } from '$lib/content/types';
import type { LivestreamTimes } from '$lib/views/views';
import type { UiStrings } from './strings';

/** Interface text in Chinese. */
export const zh = {
	siteName: '十二天',
	tagline: 'OpenAI 十二天发布会，2024年12月5日至20日',
	intro: [
		'2024年12月5日至20日，OpenAI 连续十二个工作日天天有新发布或新预告：推理模型、视频、语音、开发者工具，以及触达 ChatGPT 的新方式。',
		'在这里查看每天发布了什么、背后的关键数字，以及业内人士怎么看。'
	],
	skipToContent: '跳到正文',
	otherLanguage: 'English',
	appearance: { label: '外观', system: '跟随系统', light: '浅色', dark: '深色' },
	shortcuts: { title: '键盘快捷键' },
	theDays: '十二天一览',
	search: {
		label: '搜索十二天',
		placeholder: '试试“Sora”“GPQA”或 reinforcement',
		hint: '按 / 键搜索',
		submit: '搜索',
		clear: '清空搜索',
		loading: '正在加载搜索索引……',
		failed: '搜索暂不可用：索引加载失败。',
		count: (n: number, query: string) =>
			n === 0 ? `没有与“${query}”匹配的日子。` : `共有 ${n} 天与“${query}”匹配。`,
		matchedIn: '匹配于',
		kinds: {
			title: '标题',
			summary: '概要',
			feature: '功能',
			figure: '数字',
			commentary: '观点：'
		}
	},
	lens: {
		show: '在时间轴上高亮',
		showing: '已在时间轴上高亮',
		clear: '取消高亮',
		active: (title: string) => `正在高亮“${title}”涉及的日子`,
		readMore: '阅读这个问题'
	},
	themeDays: '涉及的日子',
	verdict: {
		heading: '总评',
		eyebrow: '文章的总体判断',
		readMore: '完整总评',
		points: '谁作出了怎样的判断'
	},
	themeCommentary: '各方观点',
	themeOf: '关键问题',
	openData: '开放数据',
	openDataBody: '全部内容（中英双语）的 JSON 文件：',
	questionNavigation: '上一个与下一个关键问题',
	previousQuestion: '上一个问题',
	nextQuestion: '下一个问题',
	openDataCsv: '；全部关键数字的表格文件：',
	allFigures: '全部关键数字',
	cite: '引用',
	dayNavigation: '前一天与后一天',
	dayLabel: (n: number) => `第 ${n} 天`,
	dayTitled: (n: number, title: string) => `第 ${n} 天：${title}`,
	inBrackets: (text: string) => `（${text}）`,
	colon: '：',
	/** Between two parts of one line: a role and its organisation, a title and its publisher. */
	comma: '，',
	dayOf: (n: number, total: number) => `第 ${n} 天（共 ${total} 天）`,
	readDay: (n: number) => `阅读第 ${n} 天`,
	summary: '概要',
	features: '发布内容',
	figures: '关键数字',
	commentary: '各方观点',
	keyQuestions: '关键问题',
	sources: '来源',
	notes: '与原文不一致之处',
	noteLabel: '注',
	livestream: (time: LivestreamTimes) =>
		`直播约于北京时间 ${time.beijing} 开始（美国太平洋时间 ${time.pacific}）`,
	previousDay: '前一天',
	close: '关闭',
	closePanel: '关闭并返回总览',
	shareDay: '分享这一天',
	shareQuestion: '分享这个问题',
	shareVerdict: '分享总评',
	shareView: '分享当前视图',
	linkCopied: '链接已复制',
	copyFailed: '无法复制，链接就在地址栏中',
	chartLabel: (label: string) => `对比：${label}`,
	ogAlt: '十二天：OpenAI 2024年12月十二天发布会时间轴',
	dayOgAlt: (n: number, title: string) => `OpenAI 十二天发布会第 ${n} 天：${title}`,
	nextDay: '后一天',
	backToOverview: '全部十二天',
	official: '官方',
	articleClaim: '文章给出的数字，未经核实',
	sourceLabel: '来源',
	reportedUnder: '，见',
	fullStop: '。',
	listSeparator: '、',
	inTheirWords: '原话',
	questionLabel: '关键问题',
	noFigures: '这一天没有公布具体数字。',
	noCommentary: '文章没有引述对这一天的评论。',
	notFoundTitle: '页面不存在',
	notFoundBody: '这个地址没有对应的页面，可能是输入有误。本站的所有页面都链接在下方。',
	notFoundDayRange: '十二天依次编号为 1 至 12，这个地址不对应其中任何一天。',
	notFoundMoved: '你要找的页面在这里：',
	offlineTitle: '你现在处于离线状态',
	offlineBody:
		'这个页面还没有保存在本设备上，没有网络连接就无法打开，恢复联网后即可访问。已保存的页面离线也能打开；本站所有页面都链接在下方。',
	notFoundHome: '返回总览',
	errorTitle: '出错了',
	about: '关于',
	aboutBody:
		'本站依据极客公园 2024年12月24日的分析文章和一份事实清单编写。清单核查所依据的是公开资料的存档副本：OpenAI 的页面、帖子和直播字幕，以及新闻报道、社区整理等二手资料。所有文字均为我们自己的概述，数字均附来源链接。',
	offline: {
		editions: { en: '英文版', zh: '中文版', both: '中文版和英文版' },
		size: (kib: number) => `约 ${Math.round(kib / 10) * 10} KB`,
		kept: (editions: string, size: string) =>
			`本站访问一次后即可离线使用：你的浏览器已保存${editions}的概览、十二天、关键问题和总评页面（${size}），搜索功能在你用过一次后也可离线使用。`,
		opened: '你打开过的页面会保存下来，供离线阅读。',
		asOpened: '你的浏览器要求节省流量：只保存你打开过的页面，供离线阅读。',
		keep: (edition: string, size: string) => `离线保存${edition}（${size}）`,
		keepToo: (edition: string, size: string) => `同时离线保存${edition}（${size}）`,
		keeping: (edition: string) => `正在保存${edition}……`,
		done: (edition: string) => `${edition}已保存，离线时也能打开。`,
		failed: (edition: string) => `未能保存${edition}：请检查网络连接后重试。`
	},
	timeline: {
		heading: '十二天时间轴',
		instructions:
			'用左右方向键在各天之间移动，Home 和 End 跳到第一天和最后一天，回车打开当天。加号和减号缩放，0 复原。',
		zoomControls: '缩放控制',
		controlsToggle: '缩放控制和图例',
		zoomIn: '放大',
		zoomOut: '缩小',
		reset: '复原缩放',
		timeZone: '时间均为 UTC',
		legend: '类别',
		wheelHint: (mac: boolean) => `按住 ${mac ? '⌘ Cmd' : 'Ctrl'} 滚动即可缩放`,
		announce: (n: number, total: number, title: string, date: string) =>
			`第 ${n} 天（共 ${total} 天）：${title}，${date}`,
		markerDescription: (n: number, title: string, date: string) => `第 ${n} 天：${title}，${date}`,
		instant: (day: string, time: string) => `${day} ${time}`,
		showing: (from: string, to: string) => `时间轴显示 ${from} 至 ${to}（UTC）`,
		showingAll: '时间轴显示全部三周',
		emptyView: '这段时间里没有发布。最近的是：',
		rangeWithoutDays: (range: string, ...days: number[]) =>
			`${range}。这段时间里没有发布，最近的是${days.map((n) => `第 ${n} 天`).join('和')}。`
	},
	embed: {
		frameTitle: (n: number, title: string) => `第 ${n} 天：${title} · 十二天`,
		timelineTitle: '十二天：OpenAI 十二天发布会时间轴',
		readMore: '到“十二天”阅读更多',
		newTab: '在新标签页中打开“十二天”',
		month: '2024年12月',
		instructions:
			'用左右方向键在各天之间移动，下方随之显示当天内容；Home 和 End 跳到第一天和最后一天；回车在新标签页中打开“十二天”上的当天页面。',
		button: '嵌入',
		timelineButton: '嵌入时间轴',
		dayHeading: '嵌入这一天',
		timelineHeading: '嵌入时间轴',
		intro:
			'把这段代码粘贴到你的网页中要显示卡片的位置。它适合 280 到 800 像素之间任意宽度的栏目：其中一行脚本会把框架调整到卡片的高度；网页不允许运行脚本时，框架的默认高度也足以放下整张卡片。其中的链接会在新标签页中打开“十二天”。',
		language: '嵌入内容的语言',
		code: '嵌入代码',
		copy: '复制代码',
		copied: '代码已复制',
		copyFailed: '无法复制，请选中代码后手动复制'
	},
	categories: {
		model: '模型',
		'developer-platform': '开发者平台',
		'product-feature': '产品功能',
		ecosystem: '生态与分发'
	} satisfies Record<Category, string>
} satisfies UiStrings;
