import type { Attachment } from 'svelte/attachments';
import { actionFor, type KeyAction } from '$lib/explorer/keymap';

export interface RovingFocusOptions {
	/** How many items there are, numbered from 1. */
	count: number;
	/** Which item an element is, if it is one. */
	itemOf: (element: EventTarget | null) => number | undefined;
	/** Moves focus to item n (bringing it into view first, as the owner sees fit). */
	focus: (n: number) => void;
	/** An item received focus, by any means. */
	onFocus: (n: number) => void;
	/** Another of the keymap's timeline keys, pressed on item n (a zoom key). */
	onAction?: (action: KeyAction, n: number) => void;
}

/**
 * One tab stop for a set of items (the owner renders tabindex 0 on one, -1 on the rest): the
 * keymap's timeline keys move between them (previous, next, first, last), and the others go to
 * `onAction`.
 */
export function rovingFocus(options: RovingFocusOptions): Attachment<HTMLElement> {
	return (node) => {
		const onKeydown = (event: KeyboardEvent) => {
			const here = options.itemOf(event.target);
			const action = here === undefined ? null : actionFor(event, 'timeline');
			if (here === undefined || !action) return;
			event.preventDefault();
			const clamp = (n: number) => Math.min(options.count, Math.max(1, n));
			const moves: Partial<Record<KeyAction, number>> = {
				previousDay: clamp(here - 1),
				nextDay: clamp(here + 1),
				firstDay: 1,
				lastDay: options.count
			};
			const to = moves[action];
			if (to !== undefined) options.focus(to);
			else options.onAction?.(action, here);
		};
		const onFocusIn = (event: FocusEvent) => {
			const item = options.itemOf(event.target);
			if (item !== undefined) options.onFocus(item);
		};
		node.addEventListener('keydown', onKeydown);
		node.addEventListener('focusin', onFocusIn);
		return () => {
			node.removeEventListener('keydown', onKeydown);
			node.removeEventListener('focusin', onFocusIn);
		};
	};
}
