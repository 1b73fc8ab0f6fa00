import type { Attachment } from 'svelte/attachments';

/** An element a component registers (`{@attach ref.attach}`) for others to use; null while it is not mounted. */
export class Ref<T extends Element = HTMLElement> {
	current = $state.raw<T | null>(null);
	readonly attach: Attachment<T> = (node) => {
		this.current = node;
		return () => {
			if (this.current === node) this.current = null;
		};
	};
}

/** Elements registered by number (a day's card link, its marker). */
export class RefMap<T extends Element = HTMLElement> {
	// Looked up when a key is pressed or a panel closes, never rendered: not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#elements = new Map<number, T>();
	get(n: number): T | undefined {
		return this.#elements.get(n);
	}
	/** The number an element is registered as, if it is one of these. */
	numberOf(element: Element | null): number | undefined {
		for (const [n, registered] of this.#elements) if (registered === element) return n;
		return undefined;
	}
	/** Registers the element as item `n` while it is mounted. */
	attach(n: number): Attachment<T> {
		return (node) => {
			this.#elements.set(n, node);
			return () => {
				if (this.#elements.get(n) === node) this.#elements.delete(n);
			};
		};
	}
}

/**
 * What is pinned to the top of the page (the timeline): its height as state, for what scrolls
 * below it (scroll margins), and its bottom edge on screen, for what reads the reading position.
 */
export class Pinned {
	/** Its height in px, measured; null until then (the stylesheet's default applies). */
	height = $state<number | null>(null);
	#element: Element | null = null;

	/** Where it ends in the viewport now (0 when nothing is pinned). */
	bottom(): number {
		return this.#element?.getBoundingClientRect().bottom ?? 0;
	}

	/** The offset what scrolls into view below it keeps, as a CSS length; undefined until measured. */
	get offset(): string | undefined {
		return this.height === null ? undefined : `${this.height}px`;
	}

	readonly attach: Attachment<HTMLElement> = (node) => {
		this.#element = node;
		const observer = new ResizeObserver(([entry]) => {
			this.height = Math.ceil(entry?.borderBoxSize[0]?.blockSize ?? 0);
		});
		observer.observe(node);
		return () => {
			observer.disconnect();
			if (this.#element === node) this.#element = null;
			this.height = null;
		};
	};
}

/** Actions a component carries out for the explorer's keymap (stepping through its cards, opening its dialog). */
export class Commands<Action extends string> {
	// Looked up when a key is pressed, never rendered: not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#handlers = new Map<Action, () => void>();
	/** Runs the action if something handles it; says whether it did. */
	run(action: Action): boolean {
		const handler = this.#handlers.get(action);
		handler?.();
		return handler !== undefined;
	}
	/** Handles `action` while the caller is mounted: returns the function that stops it. */
	handle(action: Action, handler: () => void): () => void {
		this.#handlers.set(action, handler);
		return () => {
			if (this.#handlers.get(action) === handler) this.#handlers.delete(action);
		};
	}
}
