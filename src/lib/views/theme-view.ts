import { days, getTheme, people, sharedSources } from '$lib/content';
import { summarize } from '$lib/content/summary';
import type { Locale, ThemeSlug } from '$lib/content/types';
import { localize } from './localize';
import {
	summaryView,
	type PersonView,
	type SourceView,
	type SummaryView,
	type ThemeView
} from './views';

export interface ThemeCommentaryView {
	day: number;
	dayTitle: string;
	argument: string;
	quote?: string;
	person: PersonView;
	source: SourceView | undefined;
}

export type ThemePageView = ThemeView & {
	commentary: ThemeCommentaryView[];
	touched: SummaryView[];
};

/** A key question in one language, with every comment filed under it and the days it touches. */
export function themeView(slug: ThemeSlug, locale: Locale): ThemePageView {
	const theme = getTheme(slug);
	const commentary = days.flatMap((day) =>
		day.commentary
			.filter((c) => c.theme === slug)
			.map((c) => ({
				day: day.number,
				dayTitle: day.title[locale],
				argument: c.argument[locale],
				...(c.quote && { quote: c.quote[locale] }),
				person: localize(people[c.person], locale),
				source: localize(
					day.sources.find((s) => s.id === c.source) ??
						sharedSources.find((s) => s.id === c.source),
					locale
				)
			}))
	);
	return {
		...localize(theme, locale),
		commentary,
		touched: theme.days.map((n) => summaryView(summarize(days[n - 1]!), locale))
	};
}
