import type { Locale } from '$lib/content/types';
import type { ShortcutRow } from '$lib/explorer/keymap';

/**
 * What each row of the keyboard shortcuts dialog does, in every language (its keys come from the
 * keymap): loaded with the dialog, the first time a reader asks for it, not with the page.
 */
export const shortcutText: Record<Locale, Record<ShortcutRow, string>> = {
	en: {
		search: 'Search the days',
		cards: 'Next or previous day card',
		cardArrows: 'Next or previous card, from a card',
		days: 'Previous or next day, on the timeline',
		ends: 'First or last day, on the timeline',
		open: 'Open the day in focus',
		zoom: 'Zoom in, zoom out, reset, on the timeline',
		escape: 'Close a day, clear the search, close this list',
		help: 'Show this list'
	},
	zh: {
		search: '搜索十二天',
		cards: '下一张或上一张日卡片',
		cardArrows: '在卡片上：下一张或上一张',
		days: '在时间轴上：前一天或后一天',
		ends: '在时间轴上：第一天或最后一天',
		open: '打开当前选中的一天',
		zoom: '在时间轴上：放大、缩小、复原',
		escape: '关闭当天详情、清空搜索、关闭本列表',
		help: '显示本列表'
	}
};
