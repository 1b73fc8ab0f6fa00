import { loadStrings } from '$lib/i18n/strings';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; no path ends in a slash.
export const prerender = true;
export const trailingSlash = 'never';

/** The interface text of the page's language joins the server's data (functions cannot be serialised). */
export const load: LayoutLoad = async ({ data }) => ({
	...data,
	ui: await loadStrings(data.locale)
});
