import { summarize } from '$lib/content/summary';
import type { Day, Locale } from '$lib/content/types';
import { formatUtc } from '$lib/i18n/format';
import { DAY } from '$lib/timeline/scale';
import { localize } from './localize';
import { summaryView, type FigureView, type SummaryView } from './views';

/** A day as its embed card shows it: the summary, with the headline figure in full (its bars too). */
export type EmbedDayView = SummaryView & { figure?: FigureView };

/** One day's embed card in one language. */
export function embedDayView(day: Day, locale: Locale): EmbedDayView {
	const figure = day.figures.find((f) => f.id === day.headlineFigure);
	return {
		...summaryView(summarize(day), locale),
		...(figure && { figure: localize(figure, locale) })
	};
}

/** Where a day sits on the embed's calendar strip, and the date it shows there. */
export interface StripPlace {
	number: number;
	/** Weeks since the Monday of the first day's week. */
	week: number;
	/** 0 = Monday .. 4 = Friday (every day fell on a weekday). */
	weekday: number;
	/** The day of the month as the strip labels it: "5", "5日". */
	dayOfMonth: string;
}

/** The twelve days on a Monday-to-Friday calendar of the weeks that hold them. */
export function stripPlaces(days: readonly Pick<Day, 'number' | 'date'>[], locale: Locale) {
	const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
	const weekdayOf = (t: number) => (new Date(t).getUTCDay() + 6) % 7;
	const first = time(days[0]!.date);
	const monday = first - weekdayOf(first) * DAY;
	return days.map(({ number, date }): StripPlace => {
		const t = time(date);
		return {
			number,
			week: Math.floor((t - monday) / (7 * DAY)),
			weekday: weekdayOf(t),
			dayOfMonth: formatUtc(t, locale === 'zh' ? 'd日' : 'd', locale)
		};
	});
}
