import { goto } from '$app/navigation';
import { page } from '$app/state';
import { createContext, untrack } from 'svelte';
import type { Locale, ThemeSlug } from '$lib/content/types';
import { localePath } from '$lib/paths/editions';
import { sitePath } from '$lib/paths/site';
import { loadSearcher, type Searcher } from '$lib/search/load';
import type { SearchResult } from '$lib/search/search';
import { weeksDomain, type Domain } from '$lib/timeline/scale';
import { ZoomState } from '$lib/timeline/zoom.svelte';
import { highlightedDays, readParams, withParams, type ExplorerParams } from './address';
import { actionFor, type KeyAction } from './keymap';
import { pageOf } from './page';
import { Commands, Pinned, Ref, RefMap } from './refs.svelte';

/** After the reader moves the timeline, it waits this long before following the reading again. */
const FOLLOW_AFTER_MS = 1500;

interface ExplorerSetup {
	locale: Locale;
	/** Each day's livestream start (ISO), in day order. */
	instants: readonly string[];
	/** Each key question's days. */
	themes: readonly { slug: ThemeSlug; days: readonly number[] }[];
	/** How long animated moves last, in ms: 0 when the reader asked for reduced motion. */
	motion: () => number;
	/** A zoom window in words, for the timeline's live region (null: the whole range). */
	describeWindow: (window: Domain | null) => string;
}

const sameWindow = (a: Domain | null, b: Domain | null) =>
	a === b || (!!a && !!b && +a[0] === +b[0] && +a[1] === +b[1]);

/**
 * The explorer's one state, shared by the timeline, the cards, search and the panels: which page
 * and panel are open, the card being read, the lens, the query and its results, and the view of the
 * timeline with the rules that move it (follow the reading, bring a day into view). Components call
 * its methods and render what it holds; it alone reads and writes the address (sync-address.ts).
 */
export class ExplorerState {
	readonly locale: Locale;
	readonly domain: Domain;
	/** The timeline's view: its transform, width and moves. */
	readonly zoom: ZoomState;
	/** Elements others need: the pinned timeline, the search box, each day's card link and marker, the open panel. */
	readonly pinned = new Pinned();
	readonly search = new Ref<HTMLInputElement>();
	readonly cardLinks = new RefMap();
	readonly markers = new RefMap();
	readonly panel = new Ref();
	/** What components do for the keymap (step through the cards, open the shortcuts). */
	readonly commands = new Commands<KeyAction>();

	/** The day whose card the reader is reading. */
	inView = $state<number | undefined>(undefined);
	/** The reader's own lens (a key question whose days are highlighted), if any. */
	lens = $state<ThemeSlug | null>(null);
	/** The search box's text. */
	query = $state('');
	/** The timeline's zoom window once a move has settled; null when not zoomed. */
	window = $state.raw<Domain | null>(null);
	/** The loaded search, and how loading it went. */
	searcher = $state.raw<Searcher | null>(null);
	searchStatus = $state<'idle' | 'loading' | 'failed'>('idle');
	/** What the timeline says politely: the day focused, or the range the reader moved to. */
	announcement = $state('');

	/** The page shown (the overview or a missing page), and the panel open on it. */
	route = $derived(pageOf(page, page.status));
	openPanel = $derived(this.route.kind === 'overview' ? this.route.panel : null);
	/** The day whose panel is open, if any. */
	selected = $derived(this.openPanel?.kind === 'day' ? this.openPanel.day : undefined);
	/** A key question's page shows its lens; elsewhere the reader's own choice does. */
	activeLens = $derived(this.openPanel?.kind === 'theme' ? this.openPanel.slug : this.lens);
	/** Days matching the query, with why; null when there is no query (or no index yet). */
	results: SearchResult[] | null;
	/** Days a lens or a search picks out (the others are dimmed); null when nothing is dimmed. */
	highlighted: ReadonlySet<number> | null;

	/** Each day's livestream start, in ms. */
	#instants: number[];
	#describeWindow: ExplorerSetup['describeWindow'];

	constructor({ locale, instants, themes, motion, describeWindow }: ExplorerSetup) {
		this.locale = locale;
		this.domain = weeksDomain(instants);
		this.#instants = instants.map((i) => Date.parse(i));
		this.#describeWindow = describeWindow;
		this.results = $derived(
			this.query.trim() && this.searcher ? this.searcher(this.query, this.locale) : null
		);
		this.highlighted = $derived(
			highlightedDays(
				this.activeLens ? (themes.find((t) => t.slug === this.activeLens)?.days ?? []) : null,
				this.results?.map((r) => r.number) ?? null
			)
		);
		// Not rendered by the server, so it can be read before hydrating: the view starts from it.
		const asked = typeof location === 'undefined' ? null : readParams(location.search, this.domain);
		this.zoom = new ZoomState({
			domain: this.domain,
			duration: motion,
			onMeasured: () => {
				this.zoom.showWindow(asked?.window ?? null, { animate: false });
				if (this.selected) this.zoom.reveal(this.#instant(this.selected), { animate: false });
			},
			onSettle: (byReader) => this.#settled(byReader)
		});
	}

	/** The parameters the address should carry now. */
	get params(): ExplorerParams {
		const ownLens = this.openPanel?.kind === 'theme' ? null : this.lens;
		return { window: this.window, lens: ownLens, query: this.query };
	}

	/** The overview's address with the reader's view (zoom, lens, search): where closing a panel goes. */
	get overviewSearch(): string {
		return withParams('', this.params);
	}

	/**
	 * The reader reached card `n`: it is marked on the timeline, and when the reader moved there
	 * (scrolling, stepping) the timeline pans to it, unless the reader is moving the timeline.
	 */
	read(n: number, { moved }: { moved: boolean }): void {
		this.inView = n;
		const waiting = performance.now() - this.zoom.lastMovedByReader < FOLLOW_AFTER_MS;
		if (moved && !waiting) this.zoom.reveal(this.#instant(n));
	}

	/** Pans (never zooms) so that day `n` is in view: it was opened, or its marker got focus. */
	bringIntoView(n: number, animate = true): void {
		this.zoom.reveal(this.#instant(n), { animate });
	}

	/**
	 * Carries out a page-wide shortcut (the keymap's "page" keys), if the press is one. Inside an open
	 * panel only Escape (close) and "?" act: the cards and the search box are the overview's.
	 */
	keydown(event: KeyboardEvent): void {
		const action = actionFor(event, 'page');
		if (!action) return;
		const inPanel = event.target instanceof Node && this.panel.current?.contains(event.target);
		if (inPanel && action !== 'close' && action !== 'showShortcuts') return;
		const done =
			action === 'focusSearch'
				? this.#focusSearch()
				: action === 'close'
					? this.closePanel()
					: this.commands.run(action);
		if (done) event.preventDefault();
	}

	/** Back to the overview, keeping the reader's view in the address; false when no panel is open. */
	closePanel(): boolean {
		if (!this.openPanel) return false;
		// The overview's address in this edition (the site's own path, prefix included).
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(`${sitePath(localePath('/', this.locale))}${this.overviewSearch}`, {
			noScroll: true
		});
		return true;
	}

	/**
	 * Fetches the search index once (on first focus of the search box, or a query in the address);
	 * after a failure, again when asked again. Untracked: an effect that calls it must not rerun when
	 * its status changes, or a failure would ask again at once, and again, for as long as it fails.
	 */
	async loadSearch(): Promise<void> {
		if (untrack(() => this.searcher || this.searchStatus === 'loading')) return;
		this.searchStatus = 'loading';
		try {
			this.searcher = await loadSearcher();
			this.searchStatus = 'idle';
		} catch {
			this.searchStatus = 'failed';
		}
	}

	#instant(n: number): number {
		return this.#instants[n - 1]!;
	}

	#focusSearch(): boolean {
		this.search.current?.focus();
		return this.search.current !== null;
	}

	/** A move ended: keep its window (the address follows), and say it if the reader made it. */
	#settled(byReader: boolean) {
		const shown = this.zoom.zoomed ? this.zoom.window : null;
		if (sameWindow(shown, this.window)) return;
		if (byReader) this.announcement = this.#describeWindow(shown);
		this.window = shown;
	}
}

export const [getExplorer, setExplorer] = createContext<ExplorerState>();
