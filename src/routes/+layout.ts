import { registerStrings } from '$lib/i18n/strings';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; no path ends in a slash.
export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = async ({ data }) => {
	// Pages in a language other than English fetch that language's interface text.
	if (data.locale === 'zh') registerStrings('zh', (await import('$lib/i18n/strings-zh')).zh);
	return data;
};
