/**
 * Keeps `--sticky-offset`, the height of what is pinned to the top of the page (`pinned`), on
 * the elements that come after it, where it is read: cards scrolled into view by j/k or a #card
 * link stop below it (their scroll-margin). Not on <html>: an inherited property set there made
 * the browser restyle every element of the page (922 on /day/12, 50 ms at 4x CPU slow-down, in
 * the task after hydration). Returns a function that stops it and removes the property.
 */
export function shareStickyHeight(pinned: HTMLElement): () => void {
	const following = () => {
		const list: HTMLElement[] = [];
		for (let el = pinned.nextElementSibling; el; el = el.nextElementSibling)
			if (el instanceof HTMLElement) list.push(el);
		return list;
	};
	const observer = new ResizeObserver(([entry]) => {
		const height = `${Math.ceil(entry?.borderBoxSize[0]?.blockSize ?? 0)}px`;
		for (const el of following()) el.style.setProperty('--sticky-offset', height);
	});
	observer.observe(pinned);
	return () => {
		observer.disconnect();
		for (const el of following()) el.style.removeProperty('--sticky-offset');
	};
}
