// The d3-zoom binding, loaded after the page is interactive (see zoomable in zoom.svelte.ts):
// the timeline's links work before it arrives, and it keeps ~20 KB of d3 off the first load.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { interpolate } from 'd3-interpolate';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { clampTransform, type ViewTransform } from './view';

export interface ZoomBinding {
	scaleBy(factor: number, animate: boolean): void;
	set(t: ViewTransform, animate: boolean): void;
	panBy(dx: number): void;
	destroy(): void;
}

export interface BindOptions {
	maxK: number;
	start: ViewTransform;
	/** The transform in force, for wheel panning. */
	current: () => ViewTransform;
	onTransform: (t: ViewTransform) => void;
	/** A gesture or transition starts or ends; `byReader` when a person's input drives it. */
	onActive: (active: boolean, byReader: boolean) => void;
	onPlainWheel?: () => void;
	onEnd?: () => void;
	duration: () => number;
}

/** A wheel on a mouse gives deltas in notches of ~100 px; a trackpad pinch gives small ones with ctrlKey set. */
function wheelDelta(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && Math.abs(event.deltaY) < 50;
	return -event.deltaY * unit * (pinch ? 10 : 1);
}

/**
 * Binds d3-zoom to the element (x only) and routes the wheel: Ctrl/Cmd + wheel or pinch zooms,
 * Shift + wheel or a horizontal wheel pans, and a plain vertical wheel is left to scroll the page.
 */
export function bindZoom(node: HTMLElement, options: BindOptions): ZoomBinding {
	const selection = select(node) as Selection<HTMLElement, unknown, null, undefined>;
	let pending: ViewTransform | null = null;
	let frame = 0;
	const behavior = zoom<HTMLElement, unknown>()
		.scaleExtent([1, options.maxK])
		// Straight-line transitions: a pan stays a pan (d3's default swoops out and back in).
		.interpolate(interpolate)
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
			const { k, x } = clampTransform({ k: transform.k, x: transform.x }, width, options.maxK);
			return zoomIdentity.translate(x, 0).scale(k);
		})
		.on('start', (event: D3ZoomEvent<HTMLElement, unknown>) =>
			options.onActive(true, !!event.sourceEvent)
		)
		.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
			// Wheel and pointer events can arrive several times a frame: render once per frame.
			pending = { k: event.transform.k, x: event.transform.x };
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				if (pending) options.onTransform(pending);
				pending = null;
			});
		})
		.on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
			options.onActive(false, !!event.sourceEvent);
			options.onEnd?.();
		});

	selection.call(behavior);
	// d3-zoom sets touch-action: none; let a vertical swipe scroll the page instead.
	node.style.touchAction = 'pan-y';
	behavior.transform(selection, zoomIdentity.translate(options.start.x, 0).scale(options.start.k));

	const target = (animate: boolean) =>
		animate && options.duration() > 0
			? selection.transition().duration(options.duration())
			: selection;
	const toZoom = (t: ViewTransform) => zoomIdentity.translate(t.x, 0).scale(t.k);

	const onWheel = (event: WheelEvent) => {
		if (event.ctrlKey || event.metaKey) return; // d3-zoom handles it
		const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
		if (event.shiftKey || horizontal) {
			event.preventDefault();
			const delta = horizontal ? event.deltaX : event.deltaY;
			behavior.translateBy(selection, -delta / options.current().k, 0);
			options.onActive(false, true);
			options.onEnd?.();
		} else {
			options.onPlainWheel?.();
		}
	};
	node.addEventListener('wheel', onWheel, { passive: false });

	return {
		scaleBy: (factor, animate) => behavior.scaleBy(target(animate) as never, factor),
		set: (t, animate) => behavior.transform(target(animate) as never, toZoom(t)),
		panBy: (dx) => behavior.translateBy(selection, dx / options.current().k, 0),
		destroy: () => {
			cancelAnimationFrame(frame);
			node.removeEventListener('wheel', onWheel);
			selection.on('.zoom', null);
			selection.interrupt();
		}
	};
}
