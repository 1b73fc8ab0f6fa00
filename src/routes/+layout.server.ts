import { days, themes } from '$lib/content';
import { summarize } from '$lib/content/summary';
import { CONTENT_UPDATED, CONTENT_VERSION } from '$lib/content/version';
import { calendarDate } from '$lib/i18n/calendar';
import { loadPageStrings } from '$lib/i18n/page-strings';
import { localeAt } from '$lib/paths/site';
import { localize } from '$lib/views/localize';
import { summaryView } from '$lib/views/views';
import type { LayoutServerLoad } from './$types';

/**
 * What every page has: its language, the site origin, the twelve days and the key questions in
 * summary, and the content's version and date in a sentence (no page ships the code to write it).
 */
export const load: LayoutServerLoad = async ({ url }) => {
	const locale = localeAt(url);
	const { contentVersion } = await loadPageStrings(locale);
	return {
		// During prerendering url.origin is kit.prerender.origin (SITE_ORIGIN), used for absolute URLs in head tags.
		origin: url.origin,
		locale,
		summaries: days.map((day) => summaryView(summarize(day), locale)),
		// The 404 page lists them too, also when no route (and so no explorer layout) matched.
		themes: localize(themes, locale),
		contentVersion: contentVersion(CONTENT_VERSION, calendarDate(CONTENT_UPDATED, locale))
	};
};
