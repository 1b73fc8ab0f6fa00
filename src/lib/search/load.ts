import type { Day, Locale, Person } from '$lib/content/types';
import { sitePath } from '$lib/paths/site';
import type { SearchResult } from './search';

/** A ready search: the query runs against an index built from the open data. */
export type Searcher = (query: string, locale: Locale) => SearchResult[];

let pending: Promise<Searcher> | null = null;

/**
 * Fetches the open data (/days.json, both languages) and the search code once, on first use,
 * and builds the index: none of it is part of the page's first load.
 */
export function loadSearcher(): Promise<Searcher> {
	pending ??= Promise.all([
		fetch(sitePath('/days.json')).then((response) => {
			if (!response.ok) throw new Error(`days.json: ${response.status}`);
			return response.json() as Promise<{ days: Day[]; people: Person[] }>;
		}),
		import('./search')
	])
		.then(([{ days, people }, { buildIndex, search }]) => {
			const index = buildIndex(days, Object.fromEntries(people.map((p) => [p.id, p])));
			return (query: string, locale: Locale) => search(index, query, locale);
		})
		.catch((error: unknown) => {
			pending = null;
			throw error;
		});
	return pending;
}
