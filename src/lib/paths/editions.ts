import type { Locale } from '$lib/content/types';

// The site's two editions and their paths. A site path ("/day/3") has no prefix: see site.ts.

/**
 * Every language edition as the optional `[[lang]]` route segment spells it: English has none.
 * Prerendering walks these to list each page once per language.
 */
export const EDITIONS: { lang: 'zh' | undefined; locale: Locale }[] = [
	{ lang: undefined, locale: 'en' },
	{ lang: 'zh', locale: 'zh' }
];

/** The language of a page, from its site path: the Chinese edition lives under /zh. */
export function localeOf(path: string): Locale {
	return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The path of a page in a locale's edition ("/day/3" or "/zh/day/3"). */
export function localePath(path: string, locale: Locale): string {
	if (locale === 'en') return path;
	return path === '/' ? '/zh' : `/zh${path}`;
}

/** The language-neutral path of a page's path: "/zh/day/3" and "/day/3" are both "/day/3". */
export function neutralPath(pathname: string): string {
	if (pathname === '/zh') return '/';
	return pathname.startsWith('/zh/') ? pathname.slice(3) : pathname;
}

/** The other edition of the site: the one the language switch leads to. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'zh' ? 'en' : 'zh';
}
