import { days, daySources } from '$lib/content';
import type { Category, Locale, ThemeSlug } from '$lib/content/types';
import { formatFigure } from '$lib/i18n/figure';
import { localize } from './localize';
import type { SourceView } from './views';

/** One key figure as a row of the table of all figures, in one language. */
export interface FigureRow {
	/** Unique on the page: "12-gpqa-diamond". */
	key: string;
	day: number;
	dayTitle: string;
	dayShortTitle: string;
	category: Category;
	/** The key questions of its day (the table can show one question's figures). */
	themes: ThemeSlug[];
	measure: string;
	label: string;
	value: number;
	/** The value and unit as the site shows them: "87.7" "%", "~50" "% faster". */
	shown: { value: string; separator: string; unit: string };
	comparison?: string;
	/** Only the article gives it: shown as its claim. */
	unverified: boolean;
	note?: string;
	/** Ids of its sources, numbered by the page's list of sources. */
	sources: string[];
}

export interface FiguresView {
	rows: FigureRow[];
	/** Every source a figure cites, numbered in the order the table first cites them. */
	sources: SourceView[];
}

/** Every key figure of the twelve days in one language, in day order, with the sources they cite. */
export function figuresView(locale: Locale): FiguresView {
	const sources = new Map<string, SourceView>();
	const rows = days.flatMap((day) => {
		const own = daySources(day);
		return day.figures.map((figure): FigureRow => {
			for (const id of figure.sources) {
				const source = own.find((s) => s.id === id);
				if (source && !sources.has(id)) sources.set(id, localize(source, locale));
			}
			const { value, separator, unit } = formatFigure({
				value: figure.value,
				display: figure.display?.[locale],
				unit: figure.unit[locale]
			});
			return {
				key: `${day.number}-${figure.id}`,
				day: day.number,
				dayTitle: day.title[locale],
				dayShortTitle: day.shortTitle[locale],
				category: day.category,
				themes: [...day.themes],
				measure: figure.measure,
				label: figure.label[locale],
				value: figure.value,
				shown: { value, separator, unit },
				...(figure.comparison && { comparison: figure.comparison[locale] }),
				unverified: figure.unverified === true,
				...(figure.note && { note: figure.note[locale] }),
				sources: [...figure.sources]
			};
		});
	});
	return { rows, sources: [...sources.values()] };
}
