import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import type { ZoomBinding } from './zoom-behavior';
import { clampTransform, type ViewTransform } from './view';

const IDENTITY: ViewTransform = { k: 1, x: 0 };

/** The timeline's zoom: the transform on screen, the width, and the controls that change them. */
export class ZoomState {
	/** The transform drawn: replaced (never mutated) at most once a frame while it moves. */
	drawn = $state.raw<ViewTransform>(IDENTITY);
	/** Width of the zoomable area in px (0 until measured). */
	width = $state(0);
	/** True while a gesture or animation is under way. */
	active = $state(false);
	/** When the reader last zoomed or panned by hand (performance.now()), so automatic pans can wait. */
	lastReaderGesture = -Infinity;
	/** True once the gesture code is bound and the controls work. */
	ready = $state(false);
	#binding: ZoomBinding | null = null;

	/** `duration` gives the length of animated moves: 0 when the reader asked for reduced motion. */
	constructor(
		readonly maxK: number,
		readonly duration: () => number
	) {}

	/** The transform in force now, even mid-frame (d3-zoom's, once bound; a frame ahead of `drawn`). */
	get current(): ViewTransform {
		return this.#binding?.current() ?? this.drawn;
	}

	bind(binding: ZoomBinding | null): void {
		this.#binding = binding;
		this.ready = binding !== null;
	}

	/** Zoom by a factor about the centre of the view. */
	zoomBy(factor: number): void {
		this.#binding?.zoomBy(factor, true);
	}

	/** Back to the whole range (the reader asked: a button or a key). */
	reset(): void {
		this.set(IDENTITY, true, true);
	}

	/**
	 * Move to a transform (clamped), animated unless `animate` is false or motion is reduced;
	 * `byReader` when a person asked for it, rather than the timeline following something.
	 */
	set(t: ViewTransform, animate = true, byReader = false): void {
		if (this.#binding) this.#binding.set(t, animate, byReader);
		else this.drawn = clampTransform(t, this.width, this.maxK);
	}

	/** A new width, keeping the time window: width and transform change in the same frame. */
	resize(to: number): void {
		const from = this.width;
		this.width = to;
		if (from <= 0 || to <= 0 || from === to) return;
		if (this.#binding) this.#binding.resize(from, to);
		else this.drawn = { k: this.drawn.k, x: (this.drawn.x * to) / from };
	}
}

export interface ZoomableOptions {
	/** The transform to start from, given the measured width (e.g. the window in the address). */
	initial?: (width: number) => ViewTransform | null;
	/** A plain vertical wheel scrolled the page over the timeline (to show a hint). */
	onPlainWheel?: () => void;
	/**
	 * A gesture or animation ended: the place to record the new window. `byReader` when a person
	 * moved the timeline (a gesture, a button, a key), not when it followed the reading or focus.
	 */
	onEnd?: (byReader: boolean) => void;
}

/**
 * Measures the element and binds the gestures to it, once: nothing reactive is read while
 * binding, so a resize or a new window never tears the binding down. The gesture code is
 * imported when the element mounts, so the page renders and hydrates without waiting for it.
 */
export function zoomable(state: ZoomState, options: ZoomableOptions = {}): Attachment<HTMLElement> {
	return (node) =>
		untrack(() => {
			// The attachment owns the width, from a ResizeObserver: its first report comes with the
			// first layout, so measuring forces none. The window asked for is applied then.
			let measured = false;
			const resize = new ResizeObserver(([entry]) => {
				const width = Math.round(entry?.contentRect.width ?? 0);
				if (measured) return state.resize(width);
				measured = true;
				state.width = width;
				const initial = options.initial?.(width);
				if (initial) state.set(initial, false);
			});
			resize.observe(node);

			let binding: ZoomBinding | null = null;
			let destroyed = false;
			import('./zoom-behavior').then(({ bindZoom }) => {
				if (destroyed) return;
				binding = bindZoom(node, {
					maxK: state.maxK,
					start: state.drawn,
					width: () => state.width,
					onFrame: (t) => (state.drawn = t),
					onActive: (active, byReader) => {
						state.active = active;
						if (byReader) state.lastReaderGesture = performance.now();
						if (!active) options.onEnd?.(byReader);
					},
					onPlainWheel: options.onPlainWheel,
					duration: state.duration
				});
				state.bind(binding);
			});

			return () => {
				destroyed = true;
				resize.disconnect();
				state.bind(null);
				binding?.destroy();
			};
		});
}
