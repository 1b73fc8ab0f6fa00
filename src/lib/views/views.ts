import { daySources, getDay, getTheme, people } from '$lib/content';
import type { DaySummary } from '$lib/content/summary';
import type { Day, Feature, Locale, Person, Source, Theme } from '$lib/content/types';
import { formatLongDate } from '$lib/i18n/format';
import { formatTimeIn } from '$lib/i18n/format-zone';
import { localize, type Localize } from './localize';

// What pages receive: content in one language, with dates already formatted. Built on the
// server (prerendering), so neither the other language nor date-fns' zone data ships to the browser.

export type SummaryView = Localize<DaySummary> & { dateLabel: string };
export type SourceView = Localize<Source>;
export type PersonView = Localize<Person>;
export type ThemeView = Localize<Theme>;

export type DayView = Localize<
	Omit<Day, 'sources' | 'themes' | 'features' | 'headlineFigure' | 'commentaryElsewhere'>
> & {
	/** The features, each with the ids of its sources (resolved against `sources`). */
	features: Localize<Feature>[];
	dateLabel: string;
	/**
	 * Livestream start (about, as the record gives it) as wall-clock times, e.g. { pacific: '10:00',
	 * utc: '18:00', beijing: '12月6日 02:00' }: Beijing time, a day later, for Chinese readers.
	 */
	livestream: LivestreamTimes;
	/** Every source the day cites: its own first, then the shared ones it references. */
	sources: SourceView[];
	people: PersonView[];
	/** The key questions as the panel names them (their theses are on their own pages). */
	themes: Pick<ThemeView, 'slug' | 'title' | 'question'>[];
	/** Comments on this day told under another day, with that day's title. */
	commentaryElsewhere: { day: number; dayTitle: string; about: string }[];
};

/** When a livestream started, in the zones the panel names. */
export interface LivestreamTimes {
	pacific: string;
	utc: string;
	beijing: string;
}

export type FigureView = DayView['figures'][number];
export type CommentaryView = DayView['commentary'][number];

/** A day's summary in one language. */
export function summaryView(summary: DaySummary, locale: Locale): SummaryView {
	return { ...localize(summary, locale), dateLabel: formatLongDate(summary.date, locale) };
}

/** A whole day in one language, with what its panel shows resolved (sources, people, themes). */
export function dayView(day: Day, locale: Locale): DayView {
	const elsewhere = day.commentaryElsewhere ?? [];
	const cited = new Set([...day.commentary, ...elsewhere].map((c) => c.person));
	// Only what the panel shows: sources once (from daySources), themes as the questions themselves.
	const {
		sources: _own,
		themes: _slugs,
		headlineFigure: _headline,
		commentaryElsewhere: _elsewhere,
		...rest
	} = day;
	return {
		...localize(rest, locale),
		dateLabel: formatLongDate(day.date, locale),
		livestream: {
			pacific: formatTimeIn(day.livestreamStart, 'America/Los_Angeles'),
			utc: formatTimeIn(day.livestreamStart, 'UTC'),
			beijing: formatTimeIn(day.livestreamStart, 'Asia/Shanghai', 'M月d日 HH:mm')
		},
		sources: localize(daySources(day), locale),
		people: localize(
			Object.values(people).filter((p) => cited.has(p.id)),
			locale
		),
		// Hydration data carries only what the panel shows of each question.
		themes: day.themes.map((slug) => {
			const { title, question } = getTheme(slug);
			return { slug, title: title[locale], question: question[locale] };
		}),
		commentaryElsewhere: elsewhere.map((link) => ({
			day: link.day,
			dayTitle: getDay(link.day)?.title[locale] ?? '',
			about: link.about[locale]
		}))
	};
}
