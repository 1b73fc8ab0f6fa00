import { days, daySources } from '$lib/content';
import type { Locale } from '$lib/content/types';

/**
 * The columns of /figures.csv and /zh/figures.csv: the same names, in this order, in both files
 * (documented in the README). Text is in the file's language; ids, numbers, dates and URLs are not.
 */
export const CSV_COLUMNS = [
	'day',
	'date',
	'day_title',
	'category',
	'figure',
	'measure',
	'label',
	'value',
	'unit',
	'display',
	'comparison',
	'status',
	'note',
	'source_urls'
] as const;

/** A field as RFC 4180 writes it: quoted, with quotes doubled. */
const field = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Every key figure as CSV: UTF-8 with a byte-order mark (so that a spreadsheet reads Chinese as
 * Chinese), CRLF line ends, every field quoted, one row per figure. A figure only the article gives
 * has the status "unverified", the others "confirmed"; its sources' URLs are separated by spaces.
 */
export function figuresCsv(locale: Locale): string {
	const rows = days.flatMap((day) => {
		const sources = daySources(day);
		return day.figures.map((figure) => {
			const row: Record<(typeof CSV_COLUMNS)[number], string> = {
				day: String(day.number),
				date: day.date,
				day_title: day.title[locale],
				category: day.category,
				figure: figure.id,
				measure: figure.measure,
				label: figure.label[locale],
				value: String(figure.value),
				unit: figure.unit[locale],
				display: figure.display?.[locale] ?? '',
				comparison: figure.comparison?.[locale] ?? '',
				status: figure.unverified ? 'unverified' : 'confirmed',
				note: figure.note?.[locale] ?? '',
				source_urls: figure.sources
					.map((id) => sources.find((s) => s.id === id)?.url ?? '')
					.join(' ')
			};
			return CSV_COLUMNS.map((column) => field(row[column])).join(',');
		});
	});
	return `\ufeff${[CSV_COLUMNS.map(field).join(','), ...rows].join('\r\n')}\r\n`;
}
