import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { ZoomBinding } from './zoom-behavior';
import { clampTransform, type ViewTransform } from './view';

/** Zoom state shared by the timeline's parts: the current transform and the controls that change it. */
export class ZoomState {
	/** Replaced on every zoom event, never mutated. */
	transform = $state.raw<ViewTransform>({ k: 1, x: 0 });
	/** Width of the zoomable area in px (0 until measured). */
	width = $state(0);
	/** True while a gesture or transition is under way. */
	active = $state(false);
	/** When the reader last zoomed or panned by hand (performance.now()), so automatic pans can wait. */
	lastReaderGesture = -Infinity;
	/** True once d3-zoom is bound and the controls work. */
	ready = $state(false);
	#binding: ZoomBinding | null = null;

	constructor(readonly maxK: number) {}

	bind(binding: ZoomBinding | null): void {
		this.#binding = binding;
		this.ready = binding !== null;
	}

	/** Zoom by a factor about the centre of the view. */
	zoomBy(factor: number, animate = true): void {
		this.#binding?.scaleBy(factor, animate);
	}

	/** Back to the whole range. */
	reset(animate = true): void {
		this.set({ k: 1, x: 0 }, animate);
	}

	/** Move to a transform (clamped to the bounds). Before binding, it becomes the starting transform. */
	set(t: ViewTransform, animate = true): void {
		if (this.#binding) this.#binding.set(t, animate);
		else this.transform = clampTransform(t, this.width, this.maxK);
	}

	/** Sets the width, keeping the time window: width and transform change together, never one frame apart. */
	resize(to: number): void {
		const from = this.width;
		this.width = to;
		if (from <= 0 || to <= 0 || from === to) return;
		const t = { k: this.transform.k, x: (this.transform.x * to) / from };
		this.transform = t;
		this.#binding?.set(t, false);
	}
}

export interface ZoomableOptions {
	/** The transform to start from, given the measured width (e.g. a window read from the URL). */
	initial?: (width: number) => ViewTransform | null;
	/** Called when a plain vertical wheel scrolls the page over the timeline (to show a hint). */
	onPlainWheel?: () => void;
	/** Called when a zoom gesture or transition ends. */
	onEnd?: () => void;
	/** Transition length for buttons and programmatic moves; 0 means instant. */
	duration?: () => number;
}

/**
 * Measures the element and binds d3-zoom to it once. The d3 code is imported when the element
 * mounts, so the page renders and hydrates without waiting for it.
 */
export function zoomable(state: ZoomState, options: ZoomableOptions = {}): Attachment<HTMLElement> {
	return (node) => {
		// The attachment owns the width: measured now, then kept current by a ResizeObserver.
		state.width = node.clientWidth;
		const initial = untrack(() => options.initial?.(state.width));
		if (initial) state.set(initial, false);
		const resize = new ResizeObserver(() => state.resize(node.clientWidth));
		resize.observe(node);

		let binding: ZoomBinding | null = null;
		let destroyed = false;
		import('./interaction').then(({ bindZoom }) => {
			if (destroyed) return;
			binding = bindZoom(node, {
				maxK: state.maxK,
				start: untrack(() => state.transform),
				current: () => state.transform,
				onTransform: (t) => (state.transform = t),
				onActive: (active, byReader) => {
					state.active = active;
					if (byReader) state.lastReaderGesture = performance.now();
				},
				onPlainWheel: options.onPlainWheel,
				onEnd: options.onEnd,
				duration: () => options.duration?.() ?? 250
			});
			state.bind(binding);
		});

		return () => {
			destroyed = true;
			resize.disconnect();
			state.bind(null);
			binding?.destroy();
		};
	};
}
