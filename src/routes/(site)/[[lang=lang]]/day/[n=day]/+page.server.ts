import { error } from '@sveltejs/kit';
import DayArticle from '$lib/components/article/DayArticle.svelte';
import { renderArticle } from '$lib/components/article/render-article';
import { days, getDay } from '$lib/content';
import { embedTargets } from '$lib/embed/targets';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { dayView } from '$lib/views/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => days.map((d) => ({ lang, n: `${d.number}` as const })));

/** The day's number (its summary is the layout's), its article and its embed code. */
export const load: PageServerLoad = async ({ params, url }) => {
	const day = getDay(Number(params.n));
	if (!day) error(404, 'Not found');
	const locale = localeAt(url);
	return {
		number: day.number,
		article: await renderArticle(DayArticle, { day: dayView(day, locale) }, locale),
		embeds: await embedTargets({ day: day.number })
	};
};
