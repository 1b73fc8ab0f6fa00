import type { Locale } from '$lib/content/types';

// A calendar date (YYYY-MM-DD) in words without date-fns: what the footer and the citations need,
// small enough for every page.

/** The English months, as the footer and APA citations name them. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Year, month and day of a YYYY-MM-DD date. */
export const dateParts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** "7 December 2026" / "2026年12月7日". */
export function calendarDate(iso: string, locale: Locale): string {
	const [year, month, day] = dateParts(iso);
	return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
