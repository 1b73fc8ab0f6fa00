import type { Locale } from '$lib/content/types';
import type { en } from './strings-en';

/** The shape every language's interface text has (the English table is the reference). */
export type UiStrings = typeof en;

/**
 * A language's interface text, as its own chunk: a page loads the table of its language only
 * (see routes/+layout.ts), so a Chinese page ships no English interface text and the reverse.
 */
export async function loadStrings(locale: Locale): Promise<UiStrings> {
	return locale === 'zh' ? (await import('./strings-zh')).zh : (await import('./strings-en')).en;
}
