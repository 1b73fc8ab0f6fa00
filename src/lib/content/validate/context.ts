import type { PersonId, Quotation, Source, ThemeSlug } from '../types';
import type { ContentSet } from './index';

/** What the checks of one part of the content share with the others while the whole set is checked. */
export interface CheckContext {
	content: ContentSet;
	/** Every problem so far, each naming its file and field. */
	errors: string[];
	themeSlugs: ReadonlySet<ThemeSlug>;
	/** The ids of the sources every part may cite (sources.ts). */
	sharedIds: ReadonlySet<string>;
	/** Everyone a comment or a verdict point is attributed to (each person must be). */
	cited: Set<PersonId>;
	/** Records a quote where it appears: a remark is quoted once. */
	noteQuote: (quote: Quotation | undefined, where: string, field: string) => void;
	/** Checks a source's URL and that its id is unique. */
	checkSource: (source: Source, where: string) => void;
}

/** The file a day lives in, so every message points at something a person can open. */
export function dayFile(number: unknown): string {
	const n = typeof number === 'number' && Number.isInteger(number) ? number : NaN;
	return Number.isNaN(n)
		? `src/lib/content/days/(day with number ${String(number)})`
		: `src/lib/content/days/day-${String(n).padStart(2, '0')}.ts`;
}

export function isHttps(url: string): boolean {
	try {
		return new URL(url).protocol === 'https:';
	} catch {
		return false;
	}
}
