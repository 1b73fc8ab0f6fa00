// The timeline's gestures, loaded after the page is interactive (see zoomable in zoom.svelte.ts):
// the markers are working links before it arrives.
//
// d3-zoom keeps the transform (the one source of truth), constrains it and handles mouse drags.
// The wheel, touch (as pointer events) and double-click are handled here, so that:
// - a plain vertical wheel or swipe scrolls the page (d3-zoom's own touch and wheel listeners would
//   cancel it, and being non-passive they make the browser wait for the page before scrolling);
// - whatever the number of input events, the page draws once a frame;
// - a gesture starts and ends once, so the address is written once, when it ends.
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { type ViewTransform, clampTransform, scaleAbout, tweenTransform } from './view';

export interface ZoomBinding {
	/** The transform in force now (d3-zoom's). */
	current(): ViewTransform;
	/** Zoom by a factor about the centre of the view (the reader asked: a button or a key). */
	zoomBy(factor: number, animate: boolean): void;
	/** Move to a transform (clamped); `byReader` when a person asked for it (a button, a key). */
	set(t: ViewTransform, animate: boolean, byReader?: boolean): void;
	/** The element changed width: keep the same time window across the new width. */
	resize(from: number, to: number): void;
	destroy(): void;
}

export interface BindOptions {
	maxK: number;
	start: ViewTransform;
	/** The element's width in px, as last measured (read here instead of forcing a layout). */
	width: () => number;
	/** Draw this transform; called at most once a frame. */
	onFrame: (t: ViewTransform) => void;
	/** A gesture or animation starts or ends; `byReader` when a person's input drives it. */
	onActive: (active: boolean, byReader: boolean) => void;
	/** A plain vertical wheel is scrolling the page over the timeline (to show a hint). */
	onPlainWheel?: () => void;
	/** Length of animated moves in ms; 0 when the reader asked for reduced motion. */
	duration: () => number;
}

/** A mouse wheel gives deltas in notches of ~100 px; a trackpad pinch gives small ones with ctrlKey set. */
function wheelDelta(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && Math.abs(event.deltaY) < 50;
	return -event.deltaY * unit * (pinch ? 10 : 1);
}

/** A wheel gesture ends when no wheel event has come for this long. */
const WHEEL_IDLE_MS = 150;
const easeInOut = (u: number) => (u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2);

/** Binds the timeline's zoom and pan (x only) to the element. */
export function bindZoom(node: HTMLElement, options: BindOptions): ZoomBinding {
	const selection = select(node) as Selection<HTMLElement, unknown, null, undefined>;
	const toZoom = (t: ViewTransform) => zoomIdentity.translate(t.x, 0).scale(t.k);
	const current = (): ViewTransform => {
		const t = zoomTransform(node);
		return { k: t.k, x: t.x };
	};

	// Drawing: once a frame, however many events moved the transform.
	let frame = 0;
	const draw = () => {
		cancelAnimationFrame(frame);
		frame = 0;
		options.onFrame(current());
	};
	const scheduleDraw = () => {
		frame ||= requestAnimationFrame(draw);
	};

	// One active period per gesture or animation, whatever drives it.
	let active: 'reader' | 'program' | null = null;
	let idle: ReturnType<typeof setTimeout> | undefined;
	const begin = (byReader: boolean) => {
		clearTimeout(idle);
		if (active === null) options.onActive(true, byReader);
		if (active !== 'reader') active = byReader ? 'reader' : 'program';
	};
	const end = () => {
		clearTimeout(idle);
		if (active === null) return;
		const byReader = active === 'reader';
		active = null;
		draw();
		options.onActive(false, byReader);
	};

	const behavior = zoom<HTMLElement, unknown>()
		.scaleExtent([1, options.maxK])
		.extent(() => [
			[0, 0],
			[options.width(), 1]
		])
		// d3-zoom handles mouse drags only (its wheel, touch and double-click are replaced below).
		.touchable(false)
		.duration(0)
		.filter((event: MouseEvent) => !event.ctrlKey && !event.button)
		.constrain((transform, extent) => {
			const width = extent[1][0] - extent[0][0];
			const { k, x } = clampTransform({ k: transform.k, x: transform.x }, width, options.maxK);
			return zoomIdentity.translate(x, 0).scale(k);
		})
		.on('start', (event: { sourceEvent: Event | null }) => {
			if (event.sourceEvent) {
				stopTween();
				begin(true);
			}
		})
		.on('zoom', scheduleDraw)
		.on('end', (event: { sourceEvent: Event | null }) => {
			if (event.sourceEvent) end();
		});
	selection.call(behavior).on('wheel.zoom', null).on('dblclick.zoom', null);
	/** Sets the transform, kept inside the zoom bounds (d3-zoom's transform() does not constrain). */
	const apply = (t: ViewTransform) =>
		behavior.transform(selection, toZoom(clampTransform(t, options.width(), options.maxK)));
	apply(options.start);

	// Animated moves (buttons, keys, double-click: the reader's; bringing a day into view: the program's).
	let tween = 0;
	function stopTween() {
		if (!tween) return;
		cancelAnimationFrame(tween);
		tween = 0;
		end();
	}
	function moveTo(target: ViewTransform, animate: boolean, byReader = false) {
		stopTween();
		const width = options.width();
		const to = clampTransform(target, width, options.maxK);
		const duration = animate ? options.duration() : 0;
		begin(byReader);
		if (duration <= 0) {
			apply(to);
			end();
			return;
		}
		const from = current();
		const started = performance.now();
		const step = (now: number) => {
			const u = Math.min(1, (now - started) / duration);
			apply(tweenTransform(from, to, easeInOut(u), width));
			draw();
			if (u < 1) tween = requestAnimationFrame(step);
			else {
				tween = 0;
				end();
			}
		};
		tween = requestAnimationFrame(step);
	}

	// The element's left edge in the viewport: read when a gesture starts, not on every event.
	let left = 0;
	const measureLeft = () => (left = node.getBoundingClientRect().left);

	const onWheel = (event: WheelEvent) => {
		const zoomKey = event.ctrlKey || event.metaKey;
		const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
		if (!zoomKey && !event.shiftKey && !horizontal) {
			options.onPlainWheel?.();
			return;
		}
		event.preventDefault();
		stopTween();
		if (active !== 'reader') measureLeft();
		begin(true);
		if (zoomKey) {
			apply(scaleAbout(current(), 2 ** wheelDelta(event), event.clientX - left));
		} else {
			const delta = horizontal ? event.deltaX : event.deltaY;
			behavior.translateBy(selection, -delta / current().k, 0);
		}
		idle = setTimeout(end, WHEEL_IDLE_MS);
	};

	// Touch and pen: one finger pans sideways (a vertical swipe is left to scroll the page, by
	// touch-action: pan-y, which then cancels the pointer), two fingers pinch.
	const points = new Map<number, { x: number; y: number }>();
	const spread = () => {
		const [a, b] = [...points.values()];
		return a && b ? { mid: (a.x + b.x) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) } : null;
	};
	const onPointerDown = (event: PointerEvent) => {
		if (event.pointerType === 'mouse' || points.size >= 2) return;
		stopTween();
		if (points.size === 0) measureLeft();
		points.set(event.pointerId, { x: event.clientX, y: event.clientY });
	};
	const onPointerMove = (event: PointerEvent) => {
		const previous = points.get(event.pointerId);
		if (!previous) return;
		const before = spread();
		points.set(event.pointerId, { x: event.clientX, y: event.clientY });
		const after = spread();
		begin(true);
		if (before && after) {
			// Keep the instant under the fingers' midpoint under it as they spread or close.
			const scaled = scaleAbout(current(), after.distance / before.distance, before.mid - left);
			apply({ ...scaled, x: scaled.x + after.mid - before.mid });
		} else if (points.size === 1) {
			behavior.translateBy(selection, (event.clientX - previous.x) / current().k, 0);
		}
	};
	const onPointerEnd = (event: PointerEvent) => {
		if (!points.delete(event.pointerId)) return;
		if (points.size === 0) end();
	};

	const onDoubleClick = (event: MouseEvent) => {
		measureLeft();
		moveTo(scaleAbout(current(), event.shiftKey ? 0.5 : 2, event.clientX - left), true, true);
	};

	const listeners: [string, EventListener, AddEventListenerOptions?][] = [
		['wheel', onWheel as EventListener, { passive: false }],
		['pointerdown', onPointerDown as EventListener],
		['pointermove', onPointerMove as EventListener],
		['pointerup', onPointerEnd as EventListener],
		['pointercancel', onPointerEnd as EventListener],
		['dblclick', onDoubleClick as EventListener]
	];
	for (const [type, listener, opts] of listeners) node.addEventListener(type, listener, opts);

	return {
		current,
		zoomBy: (factor, animate) =>
			moveTo(scaleAbout(current(), factor, options.width() / 2), animate, true),
		set: moveTo,
		resize: (from, to) => {
			const t = current();
			apply({ k: t.k, x: (t.x * to) / from });
			draw();
		},
		destroy: () => {
			cancelAnimationFrame(frame);
			cancelAnimationFrame(tween);
			clearTimeout(idle);
			for (const [type, listener] of listeners) node.removeEventListener(type, listener);
			selection.on('.zoom', null);
		}
	};
}
