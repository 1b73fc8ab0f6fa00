import type { PageStrings } from './page-strings';

/** 探索器之外各页面（关键数字总表、两天对照）的界面文字。 */
export const zhPages = {
	contentVersion: (version: string, date: string) => `内容版本 ${version}，最后更新于 ${date}。`,
	figures: {
		title: '全部关键数字',
		description:
			'OpenAI 十二天发布会的全部关键数字汇于一表：衡量的是什么、数值、与什么相比、有无来源证实，以及出处。',
		intro: (n: number) =>
			`十二天的全部关键数字，共 ${n} 项：衡量的是什么、数值多少、与什么相比、经核实的来源能否证实（还是只是文章的说法），以及出处。可按任意一列排序；选择某一天、某个类别或某个关键问题，即可只看相关数字。`,
		caption: '十二天的关键数字',
		columns: {
			day: '日子',
			category: '类别',
			label: '衡量内容',
			value: '数值',
			comparison: '对比对象',
			status: '核实情况',
			sources: '来源'
		},
		confirmed: '已核实',
		claim: '仅为文章说法',
		filters: '只看',
		day: '日子',
		category: '类别',
		question: '关键问题',
		any: '全部',
		clear: '显示全部数字',
		showing: (shown: number, total: number) =>
			shown === total ? `全部 ${total} 项数字` : `${total} 项中的 ${shown} 项`,
		none: '没有符合这些条件的数字。',
		download: '下载表格（CSV）',
		downloadNote: 'UTF-8 编码，每行一项数字，附来源网址。',
		jump: '跳到某一天的数字',
		tableLabel: '关键数字表'
	},
	compare: {
		title: (a: number, b: number) => `第 ${a} 天与第 ${b} 天对照`,
		description: (a: string, b: string) =>
			`${a}与${b}并排对照：发布时间、发布内容、关键数字、各方观点，以及所属的关键问题。`,
		shared: '两天共有的衡量指标',
		sharedIntro: '两天在同一指标上都有数值时，这些数值画在同一张图上，使用同一刻度。',
		noShared: '两天没有共同的衡量指标：它们的关键数字衡量的是不同的东西。',
		bar: (day: number, label: string) => `第 ${day} 天：${label}`,
		from: '数值出自',
		change: (n: number) => `更换第 ${n} 天`,
		pick: '其他日子',
		compareWith: '与其他日子对照',
		allFigures: '全部关键数字一览'
	}
} satisfies PageStrings;
