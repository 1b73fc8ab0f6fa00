import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { clampTransform, type ViewTransform } from './view';

/** Zoom state shared by the timeline's parts: the current transform and the controls that change it. */
export class ZoomState {
	/** Replaced on every zoom event, never mutated. */
	transform = $state.raw<ViewTransform>({ k: 1, x: 0 });
	/** Width of the zoomable area in px (0 until measured). */
	width = $state(0);
	/** True while a gesture or transition is under way. */
	active = $state(false);
	/** Set by the zoomable attachment; null until it binds. */
	#controller: ZoomController | null = null;

	constructor(readonly maxK: number) {}

	get ready(): boolean {
		return this.#controller !== null;
	}

	attach(controller: ZoomController | null): void {
		this.#controller = controller;
	}

	/** Zoom by a factor about the centre of the view. */
	zoomBy(factor: number, animate = true): void {
		this.#controller?.scaleBy(factor, animate);
	}

	/** Back to the whole range. */
	reset(animate = true): void {
		this.#controller?.set({ k: 1, x: 0 }, animate);
	}

	/** Move to a transform (clamped to the bounds). Before binding, it becomes the starting transform. */
	set(t: ViewTransform, animate = true): void {
		if (this.#controller) this.#controller.set(t, animate);
		else this.transform = clampTransform(t, this.width, this.maxK);
	}

	/** Pan by dx px in view space. */
	panBy(dx: number): void {
		this.#controller?.panBy(dx);
	}
}

interface ZoomController {
	scaleBy(factor: number, animate: boolean): void;
	set(t: ViewTransform, animate: boolean): void;
	panBy(dx: number): void;
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

/** A wheel on a mouse gives deltas in notches of ~100 px; a trackpad pinch gives small ones with ctrlKey set. */
function wheelDelta(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && Math.abs(event.deltaY) < 50;
	return -event.deltaY * unit * (pinch ? 10 : 1);
}

/**
 * Binds d3-zoom to the element once (x only), keeps `state.transform` current, and routes the
 * wheel: Ctrl/Cmd + wheel or pinch zooms, Shift + wheel or a horizontal wheel pans, and a plain
 * vertical wheel is left to scroll the page.
 */
export function zoomable(state: ZoomState, options: ZoomableOptions = {}): Attachment<HTMLElement> {
	return (node) => {
		const selection = select(node) as Selection<HTMLElement, unknown, null, undefined>;
		const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
			.scaleExtent([1, state.maxK])
			.wheelDelta(wheelDelta)
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const wheel = event as WheelEvent;
					return wheel.ctrlKey || wheel.metaKey;
				}
				const mouse = event as MouseEvent;
				return !mouse.ctrlKey && !mouse.button;
			})
			// Only x moves: y stays 0 whatever the gesture does.
			.constrain((transform, extent) => {
				const width = extent[1][0] - extent[0][0];
				const { k, x } = clampTransform({ k: transform.k, x: transform.x }, width, state.maxK);
				return zoomIdentity.translate(x, 0).scale(k);
			})
			.on('start', () => (state.active = true))
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				state.transform = { k: event.transform.k, x: event.transform.x };
			})
			.on('end', () => {
				state.active = false;
				options.onEnd?.();
			});

		selection.call(behavior);
		// d3-zoom sets touch-action: none; let a vertical swipe scroll the page instead.
		node.style.touchAction = 'pan-y';

		const duration = () => options.duration?.() ?? 250;
		const target = (animate: boolean) =>
			animate && duration() > 0 ? selection.transition().duration(duration()) : selection;

		const onWheel = (event: WheelEvent) => {
			if (event.ctrlKey || event.metaKey) return; // d3-zoom handles it
			const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
			if (event.shiftKey || horizontal) {
				event.preventDefault();
				const delta = horizontal ? event.deltaX : event.deltaY;
				behavior.translateBy(selection, -delta / state.transform.k, 0);
				options.onEnd?.();
			} else {
				options.onPlainWheel?.();
			}
		};
		node.addEventListener('wheel', onWheel, { passive: false });

		// The attachment owns the width: measured now, then kept current by a ResizeObserver.
		state.width = node.clientWidth;
		const resize = new ResizeObserver(() => (state.width = node.clientWidth));
		resize.observe(node);

		untrack(() => {
			const start = options.initial?.(state.width) ?? state.transform;
			behavior.transform(selection, zoomIdentity.translate(start.x, 0).scale(start.k));
			state.attach({
				scaleBy: (factor, animate) => {
					behavior.scaleBy(target(animate) as never, factor);
				},
				set: (t, animate) => {
					behavior.transform(target(animate) as never, zoomIdentity.translate(t.x, 0).scale(t.k));
				},
				panBy: (dx) => behavior.translateBy(selection, dx / state.transform.k, 0)
			});
		});

		// When the width changes, keep the same time window: scale x with the width.
		let lastWidth = untrack(() => state.width);
		$effect(() => {
			const width = state.width;
			if (width > 0 && lastWidth > 0 && width !== lastWidth) {
				const t = untrack(() => state.transform);
				const x = (t.x * width) / lastWidth;
				behavior.transform(selection, zoomIdentity.translate(x, 0).scale(t.k));
			}
			if (width > 0) lastWidth = width;
		});

		return () => {
			resize.disconnect();
			state.attach(null);
			node.removeEventListener('wheel', onWheel);
			selection.on('.zoom', null);
			selection.interrupt();
		};
	};
}
