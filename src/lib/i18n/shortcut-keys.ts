import type { Locale } from '$lib/content/types';

/**
 * The keyboard shortcuts, each with what it does, in every language: loaded with the list itself,
 * the first time a reader asks for it (KeyboardShortcuts.svelte), not with the page.
 */
export const shortcutKeys: Record<Locale, [keys: string[], action: string][]> = {
	en: [
		[['/'], 'Search the days'],
		[['j', 'k'], 'Next or previous day card'],
		[['↓', '↑'], 'Next or previous card, from a card'],
		[['←', '→'], 'Previous or next day, on the timeline'],
		[['Home', 'End'], 'First or last day, on the timeline'],
		[['Enter'], 'Open the day in focus'],
		[['+', '-', '0'], 'Zoom in, zoom out, reset, on the timeline'],
		[['Esc'], 'Close a day, clear the search, close this list'],
		[['?'], 'Show this list']
	],
	zh: [
		[['/'], '搜索十二天'],
		[['j', 'k'], '下一张或上一张日卡片'],
		[['↓', '↑'], '在卡片上：下一张或上一张'],
		[['←', '→'], '在时间轴上：前一天或后一天'],
		[['Home', 'End'], '在时间轴上：第一天或最后一天'],
		[['Enter'], '打开当前选中的一天'],
		[['+', '-', '0'], '在时间轴上：放大、缩小、复原'],
		[['Esc'], '关闭当天详情、清空搜索、关闭本列表'],
		[['?'], '显示本列表']
	]
};
