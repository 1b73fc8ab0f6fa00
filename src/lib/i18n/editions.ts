import type { Locale } from '$lib/content/types';

/**
 * Every language edition as the optional `[[lang]]` route segment spells it: English has none.
 * Prerendering walks these to list each page once per language.
 */
export const EDITIONS: { lang: 'zh' | undefined; locale: Locale }[] = [
	{ lang: undefined, locale: 'en' },
	{ lang: 'zh', locale: 'zh' }
];
