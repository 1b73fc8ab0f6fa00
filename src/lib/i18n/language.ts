import { createContext } from 'svelte';
import type { Locale } from '$lib/content/types';
import { sitePath } from '$lib/paths/site';
import { localePath } from '$lib/paths/editions';
import type { UiStrings } from './strings';

/** The language a page is read in: its locale, its interface text and its edition's paths. */
export interface Language {
	locale: Locale;
	ui: UiStrings;
	/**
	 * The address of a site path in this edition: "/day/3" is "/zh/day/3" on a Chinese page (and
	 * "/twelve-days/zh/day/3" when the site is served under that prefix).
	 */
	path(path: string): string;
}

const [getLanguage, setLanguage] = createContext<Language>();

/**
 * Set once by the root layout; every component below asks for it with `getLanguage()` instead of
 * being handed a `locale` prop. A page's language never changes while it is open: the link to
 * the other edition loads a new document (its <html lang> differs).
 */
export function provideLanguage(locale: Locale, ui: UiStrings): Language {
	return setLanguage({ locale, ui, path: (path) => sitePath(localePath(path, locale)) });
}

export { getLanguage };
