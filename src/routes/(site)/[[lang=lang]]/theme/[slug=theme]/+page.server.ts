import ThemeArticle from '$lib/components/article/ThemeArticle.svelte';
import { renderArticle } from '$lib/components/article/render-article';
import { THEME_SLUGS } from '$lib/content/constants';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { themeView } from '$lib/views/theme-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => THEME_SLUGS.map((slug) => ({ lang, slug })));

/** The key question (its summary is the layout's) and its article. */
export const load: PageServerLoad = async ({ params, url }) => {
	const locale = localeAt(url);
	const theme = themeView(params.slug, locale);
	return {
		slug: params.slug,
		article: await renderArticle(ThemeArticle, { theme }, locale)
	};
};
