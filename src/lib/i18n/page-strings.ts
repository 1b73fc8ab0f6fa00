import type { Locale } from '$lib/content/types';
import type { enPages } from './pages-en';

/** The interface text of the table of key figures and the compare pages (English is the reference). */
export type PageStrings = typeof enPages;

/** That text in a language, as its own chunk: the explorer's pages never load it. */
export async function loadPageStrings(locale: Locale): Promise<PageStrings> {
	return locale === 'zh'
		? (await import('./pages-zh')).zhPages
		: (await import('./pages-en')).enPages;
}
