import type { Attachment } from 'svelte/attachments';

export interface RovingFocusOptions {
	/** How many items there are, numbered from 1. */
	count: number;
	/** The item that has (or last had) focus. */
	current: () => number;
	/** Moves focus to item n (scrolling or panning it into view first, as the owner sees fit). */
	focus: (n: number) => void;
	/** An item received focus, by any means. */
	onFocus: (n: number) => void;
	/** Other keys the items answer to, e.g. zoom keys. */
	keys?: Record<string, () => void>;
}

/**
 * One tab stop for a set of items marked `data-item="n"` inside the element (the owner renders
 * tabindex 0 on the current one, -1 on the rest): Left/Right move between them, Home/End jump
 * to the ends, and `keys` adds more.
 */
export function rovingFocus(options: RovingFocusOptions): Attachment<HTMLElement> {
	return (node) => {
		const itemOf = (target: EventTarget | null) =>
			target instanceof HTMLElement ? target.closest<HTMLElement>('[data-item]') : null;
		const onKeydown = (event: KeyboardEvent) => {
			if (event.altKey || event.ctrlKey || event.metaKey || !itemOf(event.target)) return;
			const clamp = (n: number) => Math.min(options.count, Math.max(1, n));
			const here = options.current();
			const moves: Record<string, () => void> = {
				ArrowRight: () => options.focus(clamp(here + 1)),
				ArrowLeft: () => options.focus(clamp(here - 1)),
				Home: () => options.focus(1),
				End: () => options.focus(options.count),
				...options.keys
			};
			const action = moves[event.key];
			if (action) {
				event.preventDefault();
				action();
			}
		};
		const onFocusIn = (event: FocusEvent) => {
			const item = itemOf(event.target);
			if (item) options.onFocus(Number(item.dataset.item));
		};
		node.addEventListener('keydown', onKeydown);
		node.addEventListener('focusin', onFocusIn);
		return () => {
			node.removeEventListener('keydown', onKeydown);
			node.removeEventListener('focusin', onFocusIn);
		};
	};
}
