import { afterNavigate, beforeNavigate } from '$app/navigation';
import { onMount } from 'svelte';
import { neutralPath } from '$lib/i18n/localize';
import { pathOf } from '$lib/site/base';

// Where focus goes when a panel (a day, a key question, the verdict) closes: back to what opened it, so that
// j, the arrow keys and Tab carry on from there.

/**
 * The panel a URL opens ("/day/3", "/theme/super-app", "/verdict", in either language), or null
 * for the overview.
 */
function panelOf(url: URL | null | undefined): { day?: number } | null {
	if (!url) return null;
	const path = neutralPath(pathOf(url));
	const day = /^\/day\/(\d+)$/.exec(path);
	if (day) return { day: Number(day[1]) };
	return path.startsWith('/theme/') || path === '/verdict' ? {} : null;
}

/** Links that stand for a day in a set of such links (`data-day-link="marker"` or `"card"`, with `data-day`). */
const dayLink = (set: string, day: number) =>
	document.querySelector<HTMLElement>(`[data-day-link="${set}"][data-day="${day}"]`);

/**
 * What gets focus once the panel of `day` (undefined for a key question) has closed: the element
 * that opened it; if the reader has since moved to another day with Previous/Next, that day's link
 * of the same kind (its card, its marker) when there is one; without an opener, the day's marker.
 */
function returnTarget(opener: HTMLElement | null, day: number | undefined): HTMLElement | null {
	const present = opener?.isConnected && !opener.closest('[inert]') ? opener : null;
	const set = present?.dataset.dayLink;
	if (day !== undefined && set && present.dataset.day !== String(day)) {
		const counterpart = dayLink(set, day);
		if (counterpart) return counterpart;
	}
	return present ?? (day !== undefined ? dayLink('marker', day) : null);
}

/** Brings an element that has just got focus into view if it is hidden, below what is pinned to the top. */
function reveal(element: HTMLElement) {
	const box = element.getBoundingClientRect();
	const top = document.querySelector('[data-sticky]')?.getBoundingClientRect().bottom ?? 0;
	if (box.top < top || box.bottom > window.innerHeight) {
		(element.closest('li') ?? element).scrollIntoView({ block: 'nearest' });
	}
}

/**
 * Remembers what opens a panel (the link clicked or activated by keyboard, or what had focus) and
 * gives it focus back when the panel closes (Close, Escape, Back). Moving between panels (Previous,
 * Next, a day link inside a question) keeps the opener. Call once, from the explorer's shell.
 */
export function returnFocusOnClose(): void {
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
		if (!panelOf(to?.url)) return;
		// Links inside the panel move between panels: the opener stays what opened the first.
		if (candidate instanceof HTMLElement && candidate !== document.body) {
			if (!candidate.closest('[data-panel]')) opener = candidate;
		} else if (!panelOf(from?.url)) opener = null;
	});

	afterNavigate(({ from, to }) => {
		const closed = panelOf(from?.url);
		if (!closed || !to || panelOf(to.url)) return;
		const target = returnTarget(opener, closed.day);
		opener = null;
		if (!target) return;
		target.focus({ preventScroll: true });
		reveal(target);
	});
}
