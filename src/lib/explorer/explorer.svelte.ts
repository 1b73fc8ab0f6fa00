import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { createContext, onMount } from 'svelte';
import type { Locale, ThemeSlug } from '$lib/content/types';
import { loadSearcher, type Searcher } from '$lib/search/load';
import type { SearchResult } from '$lib/search/search';
import type { Domain } from '$lib/timeline/scale';
import { highlightedDays, readParams, withParams, type ExplorerParams } from './address';

/** How long typing waits before the query goes into the address. */
const TYPING_MS = 300;

interface ExplorerSetup {
	locale: Locale;
	/** The timeline's whole range. */
	domain: Domain;
	/** Each key question's days. */
	themes: readonly { slug: ThemeSlug; days: readonly number[] }[];
}

/**
 * The explorer's one state, shared by the timeline, the cards, search and lenses: what is open,
 * what is in view, the lens, the query and its results, and the zoom window. It is the one place
 * that reads and writes the address, and it writes it when something settles (a gesture ends, a
 * lens is chosen, typing pauses), never per frame.
 */
export class ExplorerState {
	readonly locale: Locale;
	readonly domain: Domain;
	readonly #themes: ExplorerSetup['themes'];

	/** The day whose card the reader is reading. */
	inView = $state<number | undefined>(undefined);
	/**
	 * The day the reader last moved to by scrolling or stepping through the cards: the timeline
	 * follows it. A resize may change `inView` (the cards reflow) without moving the timeline.
	 */
	readTo = $state<number | undefined>(undefined);
	/** The reader's own lens (a key question whose days are highlighted), if any. */
	lens = $state<ThemeSlug | null>(null);
	/** The search box's text. */
	query = $state('');
	/** The timeline's zoom window once a gesture has settled; null when not zoomed. */
	window = $state.raw<Domain | null>(null);
	/** The loaded search, and how loading it went. */
	searcher = $state.raw<Searcher | null>(null);
	searchStatus = $state<'idle' | 'loading' | 'failed'>('idle');

	/** The day whose page is open, if any. */
	selected = $derived(page.params.n ? Number(page.params.n) : undefined);
	/** The key question whose page is open, if any. */
	themeRoute = $derived((page.params.slug as ThemeSlug | undefined) ?? null);
	/** A key question's page shows its lens; elsewhere the reader's own choice does. */
	activeLens = $derived(this.themeRoute ?? this.lens);
	/** Days matching the query, with why; null when there is no query (or no index yet). */
	results: SearchResult[] | null;
	/** Days a lens or a search picks out (the others are dimmed); null when nothing is dimmed. */
	highlighted: ReadonlySet<number> | null;

	constructor({ locale, domain, themes }: ExplorerSetup) {
		this.locale = locale;
		this.domain = domain;
		this.#themes = themes;
		this.results = $derived(
			this.query.trim() && this.searcher ? this.searcher(this.query, this.locale) : null
		);
		this.highlighted = $derived(
			highlightedDays(
				this.activeLens ? (this.#themes.find((t) => t.slug === this.activeLens)?.days ?? []) : null,
				this.results?.map((r) => r.number) ?? null
			)
		);
		// The window is not rendered by the server, so it can be read before hydration: the
		// timeline starts from it without a first unzoomed frame.
		if (typeof location !== 'undefined') this.window = readParams(location.search, domain).window;
	}

	/** Fetches the search index once (on first focus of the search box, or a query in the address). */
	async loadSearch(): Promise<void> {
		if (this.searcher || this.searchStatus === 'loading') return;
		this.searchStatus = 'loading';
		try {
			this.searcher = await loadSearcher();
			this.searchStatus = 'idle';
		} catch {
			this.searchStatus = 'failed';
		}
	}

	/** The parameters the address should carry now. */
	get params(): ExplorerParams {
		return { window: this.window, lens: this.themeRoute ? null : this.lens, query: this.query };
	}

	/**
	 * Reads the lens and query from the address once mounted (they are rendered, so not before
	 * hydration), then keeps the address current. Call once, from the component that owns the state.
	 */
	connect(): void {
		// SvelteKit's router takes replaceState only once the app has hydrated (after the first afterNavigate).
		let routerReady = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const write = () => {
			clearTimeout(timer);
			const search = withParams(location.search, this.params);
			if (search === location.search) return;
			// The page's own path (base included) with other parameters: there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${location.pathname}${search}${location.hash}`, page.state);
		};
		onMount(() => {
			const { lens, query } = readParams(location.search, this.domain);
			this.lens = lens;
			this.query = query;
			return () => clearTimeout(timer);
		});
		// Window and lens change once per gesture or click: written at once.
		$effect(() => {
			void [this.window, this.lens];
			if (routerReady) write();
		});
		// Typing is written when it pauses; a query needs the search index.
		$effect(() => {
			const query = this.query;
			if (query.trim()) void this.loadSearch();
			if (!routerReady) return;
			clearTimeout(timer);
			timer = setTimeout(write, TYPING_MS);
		});
		// A navigation (to a day, back to the overview) starts from a bare path: put the state back.
		// The router counts as started only after its first afterNavigate callbacks have run.
		afterNavigate(() =>
			queueMicrotask(() => {
				routerReady = true;
				write();
			})
		);
	}
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();
