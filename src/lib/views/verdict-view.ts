import { days, getTheme, people, verdict, verdictSources } from '$lib/content';
import type { Locale } from '$lib/content/types';
import { localize } from './localize';
import type { PersonView, SourceView, ThemeView } from './views';

export interface VerdictPointView {
	title: string;
	argument: string;
	quote?: string;
	note?: string;
	person: PersonView;
	/** The key question it belongs to, if one. */
	theme?: ThemeView;
	/** The days it concerns, with their titles. */
	days: { number: number; title: string }[];
	/** Source ids, resolved against the view's `sources`. */
	sources: string[];
}

export interface VerdictView {
	summary: string;
	points: VerdictPointView[];
	/** Every source the verdict cites: the article first, then the verdict's own. */
	sources: SourceView[];
}

/** The article's verdict in one language, with its speakers, questions, days and sources resolved. */
export function verdictView(locale: Locale): VerdictView {
	return {
		summary: verdict.summary[locale],
		points: verdict.points.map((point) => ({
			title: point.title[locale],
			argument: point.argument[locale],
			...(point.quote && { quote: point.quote[locale] }),
			...(point.note && { note: point.note[locale] }),
			person: localize(people[point.person], locale),
			...(point.theme && { theme: localize(getTheme(point.theme), locale) }),
			days: point.days.map((n) => ({ number: n, title: days[n - 1]!.title[locale] })),
			sources: point.sources
		})),
		sources: localize(verdictSources(), locale)
	};
}
