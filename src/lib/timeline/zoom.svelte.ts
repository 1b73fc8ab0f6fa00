import type { ScaleTime } from 'd3-scale';
import type { Attachment } from 'svelte/attachments';
import { bindGestures } from './gestures';
import { baseScale, maxZoom, type Domain } from './scale';
import {
	clampTransform,
	panIntoView,
	scaleAbout,
	transformFor,
	tweenTransform,
	windowOf,
	type ViewTransform
} from './view';

const IDENTITY: ViewTransform = { k: 1, x: 0 };
/** Width assumed until the timeline is measured (server render, no JavaScript): the narrowest supported. */
export const NOMINAL_WIDTH = 320;
/** A day brought into view is kept this far inside the edges. */
const MARGIN = 48;

const easeInOut = (u: number) => (u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2);

export interface ZoomOptions {
	domain: Domain;
	/** How long animated moves last, in ms: 0 when the reader asked for reduced motion. */
	duration: () => number;
	/** The width has just been measured for the first time: the moment to set where the view starts. */
	onMeasured?: () => void;
	/** A gesture or an animation has ended; `byReader` when a person moved the timeline. */
	onSettle?: (byReader: boolean) => void;
}

interface MoveOptions {
	/** Animated unless false (and never when motion is reduced). */
	animate?: boolean;
	/** A person asked for it (a button, a key), rather than the timeline following something. */
	byReader?: boolean;
}

/**
 * The timeline's view: the transform on screen, the width it is drawn at, and the moves that change
 * them. A gesture moves it event by event, drawn at most once a frame; a move asked for in code
 * can be animated. Each gesture or animation settles once, which is when its result is recorded.
 */
export class ZoomState {
	readonly domain: Domain;
	readonly maxK: number;
	/** The transform drawn: replaced, never mutated, at most once a frame. */
	transform = $state.raw<ViewTransform>(IDENTITY);
	/** The width of the zoomable area in px; 0 until measured. */
	width = $state(0);
	/** The width the view is laid out at: the measured one, or a nominal one before that. */
	layoutWidth = $derived(this.width || NOMINAL_WIDTH);
	/** The whole domain across the width; a view is this scale zoomed by the transform. */
	base: ScaleTime<number, number>;
	/** The time window in view. */
	window: Domain;
	/** Zoomed in at all. */
	zoomed = $derived(this.transform.k > 1.0001);
	/** When a person last moved the timeline (performance.now()), so that following can wait. */
	lastMovedByReader = -Infinity;

	#options: ZoomOptions;
	/** The transform in force: ahead of `transform` while a frame is pending. */
	#current: ViewTransform = IDENTITY;
	#frame = 0;
	#tween = 0;
	#active: 'reader' | 'program' | null = null;

	constructor(options: ZoomOptions) {
		this.#options = options;
		this.domain = options.domain;
		this.maxK = maxZoom(options.domain);
		this.base = $derived(baseScale(this.domain, this.layoutWidth));
		this.window = $derived(windowOf(this.base, this.transform, this.layoutWidth));
	}

	/** The transform in force now, even mid-frame. */
	get current(): ViewTransform {
		return this.#current;
	}

	/** Zooms by `factor` about view x `about` (the centre by default): a button or a key. */
	zoomBy(factor: number, about = this.layoutWidth / 2): void {
		this.moveTo(scaleAbout(this.#current, factor, about), { byReader: true });
	}

	/** Back to the whole range: a button or a key. */
	reset(): void {
		this.moveTo(IDENTITY, { byReader: true });
	}

	/** Shows a time window across the width (null: the whole range). */
	showWindow(window: Domain | null, options?: MoveOptions): void {
		const t = window ? transformFor(this.base, window, this.layoutWidth, this.maxK) : IDENTITY;
		this.moveTo(t, options);
	}

	/** Pans, never zooms, just enough to bring an instant (a Date or ms) inside the view. */
	reveal(instant: Date | number, options?: MoveOptions): void {
		if (!this.width) return;
		const t = this.#current;
		const next = panIntoView(t, this.base(instant), this.width, MARGIN, this.maxK);
		if (next !== t) this.moveTo(next, options);
	}

	/** Moves to a transform, kept inside the zoom bounds. */
	moveTo(target: ViewTransform, { animate = true, byReader = false }: MoveOptions = {}): void {
		this.#stopTween();
		const to = clampTransform(target, this.layoutWidth, this.maxK);
		const duration = animate && this.width ? this.#options.duration() : 0;
		this.#begin(byReader);
		if (duration <= 0) {
			this.#draw(to);
			return this.#end();
		}
		const from = this.#current;
		const width = this.layoutWidth;
		const started = performance.now();
		const step = (now: number) => {
			const u = Math.min(1, (now - started) / duration);
			this.#draw(tweenTransform(from, to, easeInOut(u), width));
			if (u < 1) this.#tween = requestAnimationFrame(step);
			else {
				this.#tween = 0;
				this.#end();
			}
		};
		this.#tween = requestAnimationFrame(step);
	}

	/** A new width: the same time window across it. */
	resize(width: number): void {
		const from = this.width;
		this.width = width;
		if (!from) return this.#options.onMeasured?.();
		if (width === from || width <= 0) return;
		const t = this.#current;
		this.#draw(clampTransform({ k: t.k, x: (t.x * width) / from }, width, this.maxK));
	}

	/** The gestures' side of the view (gestures.ts): moves drawn once a frame. */
	readonly gestures = {
		current: () => this.#current,
		move: (t: ViewTransform) => {
			this.#current = clampTransform(t, this.layoutWidth, this.maxK);
			this.#frame ||= requestAnimationFrame(() => this.#flush());
		},
		begin: () => {
			this.#stopTween();
			this.#begin(true);
		},
		end: () => {
			this.#flush();
			this.#end();
		},
		zoomAbout: (factor: number, about: number) => this.zoomBy(factor, about)
	};

	#draw(t: ViewTransform) {
		this.#current = t;
		this.#flush();
	}

	#flush() {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		if (this.transform !== this.#current) this.transform = this.#current;
	}

	#begin(byReader: boolean) {
		if (byReader) {
			this.#active = 'reader';
			this.lastMovedByReader = performance.now();
		} else this.#active ??= 'program';
	}

	#end() {
		const byReader = this.#active === 'reader';
		if (byReader) this.lastMovedByReader = performance.now();
		this.#active = null;
		this.#options.onSettle?.(byReader);
	}

	#stopTween() {
		if (!this.#tween) return;
		cancelAnimationFrame(this.#tween);
		this.#tween = 0;
		this.#end();
	}
}

/**
 * Measures the element (a ResizeObserver, whose first report comes with the first layout, so
 * measuring forces none) and binds the gestures to it; `plainWheel` is told when a plain wheel
 * scrolled the page instead.
 */
export function zoomable(zoom: ZoomState, plainWheel?: () => void): Attachment<HTMLElement> {
	return (node) => {
		const resize = new ResizeObserver(([entry]) =>
			zoom.resize(Math.round(entry?.contentRect.width ?? 0))
		);
		resize.observe(node);
		const unbind = bindGestures(node, { ...zoom.gestures, plainWheel });
		return () => {
			resize.disconnect();
			unbind();
		};
	};
}
