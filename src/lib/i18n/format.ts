import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import type { Locale } from '$lib/content/types';

const dateLocales = { en: enGB, zh: zhCN } as const;

/** A calendar date (YYYY-MM-DD) as a Date at UTC midnight, so formatting in UTC never shifts it. */
function calendarDate(date: string): TZDate {
	return new TZDate(`${date}T00:00:00Z`, 'UTC');
}

/** "Thursday 5 December 2024" / "2024年12月5日 星期四". */
export function formatLongDate(date: string, locale: Locale): string {
	const d = calendarDate(date);
	return locale === 'zh'
		? format(d, 'yyyy年M月d日 EEEE', { locale: zhCN })
		: format(d, 'EEEE d MMMM yyyy', { locale: enGB });
}

/** "Thu 5 Dec" / "12月5日 周四". */
export function formatShortDate(date: string, locale: Locale): string {
	const d = calendarDate(date);
	return locale === 'zh'
		? format(d, 'M月d日 EEE', { locale: zhCN })
		: format(d, 'EEE d MMM', { locale: enGB });
}

/** A UTC instant as its time in one zone, e.g. "10:00" in America/Los_Angeles. */
export function formatTimeIn(instant: string, timeZone: string, locale: Locale): string {
	return format(new TZDate(instant, timeZone), 'HH:mm', { locale: dateLocales[locale] });
}
