import { error } from '@sveltejs/kit';
import DayArticle from '$lib/components/article/DayArticle.svelte';
import { renderArticle } from '$lib/components/article/render-article';
import { days, getDay } from '$lib/content';
import { embedTargets } from '$lib/embed/targets';
import { loadPageStrings } from '$lib/i18n/page-strings';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { dayView } from '$lib/views/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => days.map((d) => ({ lang, n: `${d.number}` as const })));

/** The day's number (its summary is the layout's), its article, its embed code and the heading of
 * the days to compare it with (text the explorer never loads). */
export const load: PageServerLoad = async ({ params, url }) => {
	const day = getDay(Number(params.n));
	if (!day) error(404, 'Not found');
	const locale = localeAt(url);
	const { compare } = await loadPageStrings(locale);
	return {
		number: day.number,
		article: await renderArticle(
			DayArticle,
			{ day: dayView(day, locale), related: { allFigures: compare.allFigures } },
			locale
		),
		embeds: await embedTargets({ day: day.number }),
		compareWith: compare.compareWith
	};
};
