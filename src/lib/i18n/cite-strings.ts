import type { Locale } from '$lib/content/types';
import type { enCite } from './cite-en';

/** The Cite dialog's text (English is the reference). */
export type CiteStrings = typeof enCite;

/** The dialog's text in a language, as its own chunk. */
export async function loadCiteStrings(locale: Locale): Promise<CiteStrings> {
	return locale === 'zh' ? (await import('./cite-zh')).zhCite : (await import('./cite-en')).enCite;
}
