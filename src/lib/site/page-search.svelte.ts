import { createContext } from 'svelte';

/**
 * The part of a page's address that the page itself writes (the figures table's sort and filters),
 * for the link to the other edition to keep. SvelteKit's replaceState leaves `page.url` as it was,
 * so the page that writes its address says so here too.
 */
export class PageSearch {
	value = $state('');
}

export const [getPageSearch, setPageSearch] = createContext<PageSearch>();
