import { THEME_SLUGS } from '$lib/content/constants';
import { EDITIONS } from '$lib/i18n/editions';
import { localeAt } from '$lib/site/base';
import { themeView } from '$lib/views/theme-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => THEME_SLUGS.map((slug) => ({ lang, slug })));

export const load: PageServerLoad = ({ params, url }) => ({
	theme: themeView(params.slug, localeAt(url))
});
