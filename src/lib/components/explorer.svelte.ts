import { createContext } from 'svelte';
import type { ThemeSlug } from '$lib/content/types';
import type { SearchResult } from '$lib/search/search';

/** What the reader is doing in the explorer, shared by the timeline, the cards, search and lenses. */
export class ExplorerState {
	/** The day whose card is most in view as the reader scrolls. */
	inView = $state<number | undefined>(undefined);
	/** The key question whose days are highlighted, if any. */
	lens = $state<ThemeSlug | null>(null);
	/** The search box's text. */
	query = $state('');
	/** Days matching the query, with why; null when there is no query. */
	results = $state.raw<SearchResult[] | null>(null);
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();
