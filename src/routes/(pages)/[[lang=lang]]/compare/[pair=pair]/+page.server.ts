import { renderArticle } from '$lib/components/article/render-article';
import { days } from '$lib/content';
import { loadPageStrings } from '$lib/i18n/page-strings';
import { comparePairs, pairOf } from '$lib/paths/compare';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { compareView } from '$lib/views/compare-view';
import CompareArticle from './CompareArticle.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every pair of days (A < B) in both editions: 132 pages. */
export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) =>
		comparePairs().map(([a, b]) => ({ lang, pair: `${a}-${b}` as const }))
	);

/** The two days' numbers (their summaries are the layout's) and the comparison, drawn at build time. */
export const load: PageServerLoad = async ({ params, url }) => {
	const [a, b] = pairOf(params.pair);
	const locale = localeAt(url);
	const text = await loadPageStrings(locale);
	const titles = days.map((day) => day.title[locale]);
	return {
		pair: [a, b] as [number, number],
		article: await renderArticle(
			CompareArticle,
			{ view: compareView(a, b, locale), titles, text: text.compare },
			locale
		)
	};
};
