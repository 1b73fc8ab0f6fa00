import { error } from '@sveltejs/kit';
import DayArticle from '$lib/components/article/DayArticle.svelte';
import { renderArticle } from '$lib/components/article/render-article';
import { days, getDay } from '$lib/content';
import { embedTargets } from '$lib/embed/targets';
import { loadPageStrings } from '$lib/i18n/page-strings';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { dayView } from '$lib/views/views';
import type { Locale } from '$lib/content/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => days.map((d) => ({ lang, n: `${d.number}` as const })));

/** What a day's article links to beyond the explorer, in its language (text the explorer never loads). */
async function related(locale: Locale) {
	const { compare } = await loadPageStrings(locale);
	return {
		titles: days.map((d) => d.shortTitle[locale]),
		compareWith: compare.compareWith,
		allFigures: compare.allFigures
	};
}

/** The day's number (its summary is the layout's), its article and its embed code. */
export const load: PageServerLoad = async ({ params, url }) => {
	const day = getDay(Number(params.n));
	if (!day) error(404, 'Not found');
	const locale = localeAt(url);
	return {
		number: day.number,
		article: await renderArticle(
			DayArticle,
			{ day: dayView(day, locale), related: await related(locale) },
			locale
		),
		embeds: await embedTargets({ day: day.number })
	};
};
