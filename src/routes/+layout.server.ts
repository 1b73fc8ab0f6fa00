import { days } from '$lib/content';
import { summarize } from '$lib/content/summary';
import type { Locale } from '$lib/content/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => ({
	// During prerendering url.origin is kit.prerender.origin (SITE_ORIGIN), used for absolute URLs in head tags.
	origin: url.origin,
	locale: 'en' satisfies Locale as Locale,
	summaries: days.map(summarize)
});
