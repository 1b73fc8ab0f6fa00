import VerdictArticle from '$lib/components/article/VerdictArticle.svelte';
import { renderArticle } from '$lib/components/article/render-article';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { verdictView } from '$lib/views/verdict-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

/** The verdict's article (its summary is the layout's). */
export const load: PageServerLoad = async ({ url }) => {
	const locale = localeAt(url);
	return { article: await renderArticle(VerdictArticle, { verdict: verdictView(locale) }, locale) };
};
