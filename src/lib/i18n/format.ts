import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Locale } from '$lib/content/types';

// Patterns are explicit, so en-US (date-fns' built-in default) gives British-style dates at no extra cost.
const dateLocales = { en: enUS, zh: zhCN } as const;

/** Formats an instant as UTC wall-clock text, whatever the machine's own time zone. */
export function formatUtc(date: Date | number, pattern: string, locale: Locale): string {
	return format(new UTCDate(date), pattern, { locale: dateLocales[locale] });
}

/** A calendar date (YYYY-MM-DD) read as UTC midnight, so formatting in UTC never shifts it. */
const calendarDate = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** "Thursday 5 December 2024" / "2024年12月5日 星期四". */
export function formatLongDate(date: string, locale: Locale): string {
	return formatUtc(
		calendarDate(date),
		locale === 'zh' ? 'yyyy年M月d日 EEEE' : 'EEEE d MMMM yyyy',
		locale
	);
}

/** "Thu 5 Dec" / "12月5日 周四". */
export function formatShortDate(date: string, locale: Locale): string {
	return formatUtc(calendarDate(date), locale === 'zh' ? 'M月d日 EEE' : 'EEE d MMM', locale);
}
