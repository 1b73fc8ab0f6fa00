import { afterNavigate, beforeNavigate } from '$app/navigation';
import { onMount } from 'svelte';
import type { ExplorerState } from './explorer.svelte';
import { panelOf } from './page';

// Where focus goes when a panel (a day, a key question, the verdict) opens and closes: its heading
// on opening; back to what opened it on closing, so that j, the arrow keys and Tab carry on from there.

/**
 * What gets focus once the panel of `day` (undefined for a key question) has closed: the element
 * that opened it; if the reader has since moved to another day with Previous/Next, that day's link
 * of the same kind (its card, its marker) when there is one; without an opener, the day's marker.
 */
function returnTarget(
	explorer: ExplorerState,
	opener: HTMLElement | null,
	day: number | undefined
): HTMLElement | null {
	const present = opener?.isConnected && !opener.closest('[inert]') ? opener : null;
	if (day === undefined) return present;
	for (const links of [explorer.cardLinks, explorer.markers]) {
		const openerDay = links.numberOf(present);
		if (openerDay !== undefined) return openerDay === day ? present : (links.get(day) ?? present);
	}
	return present ?? explorer.markers.get(day) ?? null;
}

/** Brings an element that has just got focus into view if it is hidden below what is pinned to the top. */
function reveal(explorer: ExplorerState, element: HTMLElement) {
	const box = element.getBoundingClientRect();
	if (box.top < explorer.pinned.bottom() || box.bottom > window.innerHeight) {
		(element.closest('li') ?? element).scrollIntoView({ block: 'nearest' });
	}
}

/**
 * Remembers what opens a panel (the link clicked or activated by keyboard, or what had focus),
 * focuses the panel's heading once it is open, and gives focus back to the opener when it closes
 * (Close, Escape, Back). Moving between panels (Previous, Next, a day link inside a question)
 * keeps the first opener. Call once, from the explorer's shell.
 */
export function manageFocus(explorer: ExplorerState): void {
	/** The link the reader last activated: a click, or Enter on a focused link (which clicks it). */
	let activated: HTMLElement | null = null;
	let opener: HTMLElement | null = null;

	onMount(() => {
		const onClick = (event: MouseEvent) => {
			activated = event.target instanceof Element ? event.target.closest('a[href]') : null;
		};
		// Capture: seen before the router acts on the click.
		document.addEventListener('click', onClick, true);
		return () => document.removeEventListener('click', onClick, true);
	});

	beforeNavigate(({ from, to, type }) => {
		const candidate = type === 'link' ? activated : document.activeElement;
		activated = null;
		if (!panelOf(to)) return;
		// Links inside the panel move between panels: the opener stays what opened the first.
		if (candidate instanceof HTMLElement && candidate !== document.body) {
			if (!explorer.panel.current?.contains(candidate)) opener = candidate;
		} else if (!panelOf(from)) opener = null;
	});

	afterNavigate(({ from, to, type }) => {
		const opened = panelOf(to);
		if (opened) {
			// A panel opened in place: its heading (not on the first load of a page, whose focus
			// starts at the top as on any page).
			if (type !== 'enter') explorer.panel.current?.querySelector<HTMLElement>('h1')?.focus();
			return;
		}
		const closed = panelOf(from);
		if (!closed || !to) return;
		const target = returnTarget(explorer, opener, closed.kind === 'day' ? closed.day : undefined);
		opener = null;
		if (!target) return;
		target.focus({ preventScroll: true });
		reveal(explorer, target);
	});
}
