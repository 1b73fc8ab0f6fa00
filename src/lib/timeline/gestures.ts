import { scaleAbout, type ViewTransform } from './view';

// The timeline's gestures, from Pointer Events and the wheel. The page keeps scrolling as usual:
// a plain vertical wheel or swipe over the timeline is left to the browser (touch-action: pan-y
// lets it take vertical swipes), and the wheel listener cancels only what it handles.

/** What the gestures move: the view's transform, through its owner (zoom.svelte.ts). */
export interface GestureTarget {
	/** The transform in force now (ahead of what is drawn, mid-frame). */
	current(): ViewTransform;
	/** Moves to a transform (the owner clamps it and draws once a frame). */
	move(t: ViewTransform): void;
	/** A gesture starts or ends: one of each per gesture, however many events it has. */
	begin(): void;
	end(): void;
	/** An animated zoom by `factor` about view x `about` (a double-click). */
	zoomAbout(factor: number, about: number): void;
	/** A plain vertical wheel scrolled the page over the timeline (to show a hint). */
	plainWheel?(): void;
}

/** How far a mouse moves with its button down before the press is a drag and not a click. */
export const DRAG_THRESHOLD = 4;
/** A wheel gesture ends when no wheel event has come for this long. */
export const WHEEL_IDLE_MS = 150;

/** The zoom factor of a wheel event: a mouse notch (~100 px) is 2^0.2; a trackpad pinch sends ctrlKey with small deltas. */
export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>) {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
	return 2 ** (-event.deltaY * unit * (pinch ? 10 : 1));
}

interface Point {
	x: number;
	y: number;
}

/** Two fingers moving from `before` to `after` (view x): the instant under their midpoint stays under it. */
export function pinchTransform(
	t: ViewTransform,
	before: [Point, Point],
	after: [Point, Point]
): ViewTransform {
	const spread = ([a, b]: [Point, Point]) => Math.hypot(a.x - b.x, a.y - b.y);
	const mid = ([a, b]: [Point, Point]) => (a.x + b.x) / 2;
	const scaled = scaleAbout(t, spread(after) / Math.max(1, spread(before)), mid(before));
	return { ...scaled, x: scaled.x + mid(after) - mid(before) };
}

/**
 * Binds the gestures to `node`: Ctrl/Cmd + wheel and a trackpad pinch zoom about the pointer, a
 * horizontal wheel or Shift + wheel pans; a mouse drag pans (and the click that ends it opens
 * nothing); one finger pans sideways, two pinch; a double-click zooms in (Shift: out).
 * Returns the function that unbinds them.
 */
export function bindGestures(node: HTMLElement, target: GestureTarget): () => void {
	// The node's left edge in the viewport, read when a gesture starts rather than on every event.
	let left = 0;
	const measureLeft = () => (left = node.getBoundingClientRect().left);
	let gesture = false;
	const begin = () => {
		if (gesture) return;
		gesture = true;
		measureLeft();
		target.begin();
	};
	const end = () => {
		if (!gesture) return;
		gesture = false;
		target.end();
	};

	let wheelIdle: ReturnType<typeof setTimeout> | undefined;
	const onWheel = (event: WheelEvent) => {
		const zoomKey = event.ctrlKey || event.metaKey;
		const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
		if (!zoomKey && !event.shiftKey && !sideways) return target.plainWheel?.();
		event.preventDefault();
		begin();
		const t = target.current();
		if (zoomKey) target.move(scaleAbout(t, wheelZoomFactor(event), event.clientX - left));
		else target.move({ k: t.k, x: t.x - (sideways ? event.deltaX : event.deltaY) });
		clearTimeout(wheelIdle);
		wheelIdle = setTimeout(end, WHEEL_IDLE_MS);
	};

	// Mouse: a press becomes a drag once it has moved DRAG_THRESHOLD px; a click after a drag is
	// swallowed, so letting go over a marker does not open its day.
	let press: { id: number; start: number; x: number; dragging: boolean } | null = null;
	let swallowClick = false;
	// Touch and pen: up to two pointers, in view coordinates.
	const touches = new Map<number, Point>();

	const onPointerDown = (event: PointerEvent) => {
		if (event.pointerType === 'mouse') {
			if (event.button === 0 && !event.ctrlKey && !event.metaKey)
				press = { id: event.pointerId, start: event.clientX, x: event.clientX, dragging: false };
			return;
		}
		if (touches.size >= 2) return;
		if (touches.size === 0) measureLeft();
		touches.set(event.pointerId, { x: event.clientX - left, y: event.clientY });
	};

	const onPointerMove = (event: PointerEvent) => {
		if (press && event.pointerId === press.id) {
			if (!press.dragging) {
				if (Math.abs(event.clientX - press.start) < DRAG_THRESHOLD) return;
				press.dragging = true;
				node.setPointerCapture?.(event.pointerId);
				begin();
			}
			const t = target.current();
			target.move({ k: t.k, x: t.x + event.clientX - press.x });
			press.x = event.clientX;
			return;
		}
		const previous = touches.get(event.pointerId);
		if (!previous) return;
		const before = [...touches.values()] as [Point, Point];
		touches.set(event.pointerId, { x: event.clientX - left, y: event.clientY });
		begin();
		const t = target.current();
		if (touches.size === 2) target.move(pinchTransform(t, before, [...touches.values()] as never));
		else target.move({ k: t.k, x: t.x + event.clientX - left - previous.x });
	};

	const onPointerEnd = (event: PointerEvent) => {
		if (press && event.pointerId === press.id) {
			swallowClick = press.dragging && event.type === 'pointerup';
			press = null;
			return end();
		}
		if (touches.delete(event.pointerId) && touches.size === 0) end();
	};

	const onClick = (event: MouseEvent) => {
		if (!swallowClick) return;
		swallowClick = false;
		event.preventDefault();
		event.stopPropagation();
	};
	// A new press forgets a drag whose click never came (it ended off the node).
	const onMouseDown = () => (swallowClick = false);

	const onDoubleClick = (event: MouseEvent) => {
		measureLeft();
		target.zoomAbout(event.shiftKey ? 0.5 : 2, event.clientX - left);
	};

	// Links and the text inside the timeline are not dragged out of it or selected by a drag.
	const onDragStart = (event: Event) => event.preventDefault();

	const listeners: [string, (event: never) => void, AddEventListenerOptions?][] = [
		['wheel', onWheel, { passive: false }],
		['pointerdown', onPointerDown],
		['pointermove', onPointerMove],
		['pointerup', onPointerEnd],
		['pointercancel', onPointerEnd],
		['mousedown', onMouseDown, { capture: true }],
		['click', onClick, { capture: true }],
		['dblclick', onDoubleClick],
		['dragstart', onDragStart]
	];
	for (const [type, listener, options] of listeners)
		node.addEventListener(type, listener as EventListener, options);
	return () => {
		clearTimeout(wheelIdle);
		for (const [type, listener, options] of listeners)
			node.removeEventListener(type, listener as EventListener, options);
	};
}
