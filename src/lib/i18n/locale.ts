import type { Locale } from '$lib/content/types';

/** The language of a page, from its path: the Chinese edition lives under /zh. */
export function localeOf(url: URL): Locale {
	return url.pathname === '/zh' || url.pathname.startsWith('/zh/') ? 'zh' : 'en';
}
