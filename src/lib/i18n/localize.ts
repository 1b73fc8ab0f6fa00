import type { Locale, Localized } from '$lib/content/types';

/** The text of a Localized in one language. */
export function tr(text: Localized, locale: Locale): string {
	return text[locale];
}

/** The path of a page in a locale's edition ("/day/3" or "/zh/day/3"). */
export function localePath(path: string, locale: Locale): string {
	if (locale === 'en') return path;
	return path === '/' ? '/zh' : `/zh${path}`;
}
