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

/** The language-neutral path of a page's path: "/zh/day/3" and "/day/3" are both "/day/3". */
export function neutralPath(pathname: string): string {
	if (pathname === '/zh') return '/';
	return pathname.startsWith('/zh/') ? pathname.slice(3) : pathname;
}

/** The other edition of the site: the one the language switch leads to. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'zh' ? 'en' : 'zh';
}

/** The language tag of each edition, for `lang` and `hreflang` attributes. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** A preview card's path in a language ("day-3" -> "/og/day-3.png" or "/og/zh/day-3.png"). */
export function previewImage(name: string, locale: Locale): string {
	return `/og/${locale === 'en' ? '' : `${locale}/`}${name}.png`;
}

/** Each language's name in itself, as a choice of language shows it on any page. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };
