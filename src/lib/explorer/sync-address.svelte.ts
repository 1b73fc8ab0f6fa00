import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';
import { readParams, withParams } from './address';
import type { ExplorerState } from './explorer.svelte';

/** How long typing waits before the query goes into the address. */
const TYPING_MS = 300;

/**
 * Keeps the address and the explorer in step: reads the window, the lens and the query once
 * mounted (the address they make is rendered, so not before hydration), writes the view whenever
 * it settles (a move ends, a lens is chosen, typing pauses), never per frame, and brings a day
 * opened by a link into view. Call once, from the component that owns the explorer.
 */
export function syncAddress(explorer: ExplorerState): void {
	// SvelteKit's router takes replaceState only once the app has hydrated (after the first afterNavigate).
	let routerReady = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const write = () => {
		clearTimeout(timer);
		const search = withParams(location.search, explorer.params);
		if (search === location.search) return;
		// The page's own path (base included) with other parameters: there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${location.pathname}${search}${location.hash}`, page.state);
	};
	onMount(() => {
		// The window too: the timeline shows it once it has measured its width, which can come after
		// the first write (a rewrite before then would drop it from the address).
		const { lens, query, window } = readParams(location.search, explorer.domain);
		explorer.lens = lens;
		explorer.query = query;
		explorer.window = window;
		return () => clearTimeout(timer);
	});
	// The window and the lens change once per move or click: written at once.
	$effect(() => {
		void [explorer.window, explorer.lens];
		if (routerReady) write();
	});
	// Typing is written when it pauses; a query needs the search index.
	$effect(() => {
		const query = explorer.query;
		if (query.trim()) void explorer.loadSearch();
		if (!routerReady) return;
		clearTimeout(timer);
		timer = setTimeout(write, TYPING_MS);
	});
	afterNavigate(({ type }) => {
		// A day opened in place (a link, Previous/Next, Back) comes into view on the timeline.
		if (type !== 'enter' && explorer.selected) explorer.bringIntoView(explorer.selected);
		// A navigation starts from a bare path: put the view back. The router counts as started only
		// after its first afterNavigate callbacks have run.
		queueMicrotask(() => {
			routerReady = true;
			write();
		});
	});
}
