import type { Locale, Localized } from '$lib/content/types';

/** The text of a Localized in one language. */
export function tr(text: Localized, locale: Locale): string {
	return text[locale];
}

/** The language tag of each edition, for `lang` and `hreflang` attributes. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** Each language's name in itself, as a choice of language shows it on any page. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };
