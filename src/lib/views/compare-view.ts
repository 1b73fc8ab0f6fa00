import { days, getDay } from '$lib/content';
import { sharedMeasures } from '$lib/content/measures';
import type { Category, Locale } from '$lib/content/types';
import { formatFigure } from '$lib/i18n/figure';
import { dayView, type PersonView, type SourceView, type ThemeView } from './views';

/** One day as a column of a compare page, in one language. */
export interface CompareDayView {
	number: number;
	title: string;
	shortTitle: string;
	category: Category;
	date: string;
	dateLabel: string;
	/** What was released: the features' titles. */
	features: string[];
	figures: {
		id: string;
		label: string;
		shown: string;
		unverified: boolean;
		sources: string[];
	}[];
	commentary: {
		argument: string;
		quote?: string;
		person: PersonView;
		source?: SourceView;
		theme?: Pick<ThemeView, 'slug' | 'title'>;
	}[];
	/** Comments on the day told under another day. */
	elsewhere: { day: number; dayTitle: string; about: string }[];
	themes: Pick<ThemeView, 'slug' | 'title'>[];
}

/** The values both days have for one measure, on one chart. */
export interface SharedChartView {
	measure: string;
	/** The measure as its figure names it: "GPQA Diamond accuracy". */
	title: string;
	unit: string;
	bars: { day: number; label: string; value: number }[];
	/** The figures the values come from, by day, and the sources those cite. */
	figures: { day: number; label: string }[];
	sources: string[];
}

export interface CompareView {
	days: [CompareDayView, CompareDayView];
	shared: SharedChartView[];
	/** Every source the page cites, numbered: the shared charts', then each day's. */
	sources: SourceView[];
}

/** A day reduced to what its column shows. */
function column(number: number, locale: Locale): { view: CompareDayView; sources: SourceView[] } {
	const day = dayView(getDay(number)!, locale);
	return {
		sources: day.sources,
		view: {
			number: day.number,
			title: day.title,
			shortTitle: day.shortTitle,
			category: day.category,
			date: day.date,
			dateLabel: day.dateLabel,
			features: day.features.map((f) => f.title),
			figures: day.figures.map((f) => ({
				id: f.id,
				label: f.label,
				shown: formatFigure(f).joined,
				unverified: f.unverified === true,
				sources: f.sources
			})),
			commentary: day.commentary.flatMap((c) => {
				const person = day.people.find((p) => p.id === c.person);
				if (!person) return [];
				return [
					{
						argument: c.argument,
						...(c.quote && { quote: c.quote }),
						person,
						source: day.sources.find((s) => s.id === c.source),
						theme: day.themes.find((t) => t.slug === c.theme)
					}
				];
			}),
			elsewhere: day.commentaryElsewhere,
			themes: day.themes.map(({ slug, title }) => ({ slug, title }))
		}
	};
}

/** Two days side by side (a < b), with the measures both have on shared charts. */
export function compareView(a: number, b: number, locale: Locale): CompareView {
	const [first, second] = [column(a, locale), column(b, locale)];
	const shared = sharedMeasures(days, a, b).map(({ measure, values }): SharedChartView => {
		// Named as the figure that is a day's own value names it (o3's "GPQA Diamond accuracy").
		const named = values.find((v) => v.day === v.figure.day) ?? values[0]!;
		const figures = [
			...new Map(values.map((v) => [`${v.figure.day}-${v.figure.id}`, v.figure])).values()
		];
		return {
			measure,
			title: named.figure.label[locale],
			unit: named.unit[locale],
			bars: values.map((v) => ({ day: v.day, label: v.label[locale], value: v.value })),
			figures: figures.map((f) => ({ day: f.day, label: f.label[locale] })),
			sources: [...new Set(values.flatMap((v) => v.sources))]
		};
	});
	// Numbered in the order the page cites them: the charts first, then each column's figures and commentary.
	const all = [...first.sources, ...second.sources];
	const cited = [
		...shared.flatMap((chart) => chart.sources),
		...[first.view, second.view].flatMap((day) => [
			...day.figures.flatMap((f) => f.sources),
			...day.commentary.flatMap((c) => (c.source ? [c.source.id] : []))
		])
	];
	const sources = [...new Set(cited)].flatMap((id) => all.find((s) => s.id === id) ?? []);
	return { days: [first.view, second.view], shared, sources };
}
