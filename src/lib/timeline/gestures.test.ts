import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	bindGestures,
	DRAG_THRESHOLD,
	pinchTransform,
	WHEEL_IDLE_MS,
	wheelZoomFactor,
	type GestureTarget
} from './gestures';
import { scaleAbout, type ViewTransform } from './view';

/** An element stand-in: a real EventTarget whose left edge is at x = 100. */
function fakeNode() {
	const node = new EventTarget() as EventTarget & Record<string, unknown>;
	node.getBoundingClientRect = () => ({ left: 100 });
	node.setPointerCapture = vi.fn();
	return node as unknown as HTMLElement;
}

/** A target that applies every move, recording what the gestures asked for. */
function fakeTarget(start: ViewTransform = { k: 2, x: -100 }) {
	let t = start;
	const calls: string[] = [];
	const target: GestureTarget & { calls: string[]; t: () => ViewTransform } = {
		calls,
		t: () => t,
		current: () => t,
		move: (next) => {
			t = next;
			calls.push('move');
		},
		begin: () => calls.push('begin'),
		end: () => calls.push('end'),
		zoomAbout: (factor, about) => calls.push(`zoomAbout ${factor} ${about}`),
		plainWheel: () => calls.push('plainWheel')
	};
	return target;
}

/** A DOM event as the browser would send it: a plain Event with the fields the gestures read. */
const event = (type: string, fields: Record<string, unknown> = {}) =>
	Object.assign(new Event(type, { cancelable: true, bubbles: true }), fields);

const wheel = (fields: Record<string, unknown>) =>
	event('wheel', {
		deltaX: 0,
		deltaY: 0,
		deltaMode: 0,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		clientX: 300,
		...fields
	});
const pointer = (type: string, fields: Record<string, unknown>) =>
	event(type, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: 0, clientY: 0, ...fields });

describe('wheelZoomFactor', () => {
	it.each([
		['a mouse notch in', { deltaY: -100, deltaMode: 0, ctrlKey: true }, 2 ** 0.2],
		['a mouse notch out', { deltaY: 100, deltaMode: 0, ctrlKey: true }, 2 ** -0.2],
		['a line-mode notch', { deltaY: -3, deltaMode: 1, ctrlKey: true }, 2 ** 0.15],
		[
			'a trackpad pinch (small deltas, ctrlKey)',
			{ deltaY: -10, deltaMode: 0, ctrlKey: true },
			2 ** 0.2
		]
	])('%s', (_, input, factor) => {
		expect(wheelZoomFactor(input)).toBeCloseTo(factor);
	});
});

describe('pinchTransform', () => {
	it('keeps the instant under the fingers’ midpoint under it as they spread', () => {
		const t = { k: 1, x: 0 };
		const next = pinchTransform(
			t,
			[
				{ x: 100, y: 0 },
				{ x: 200, y: 0 }
			],
			[
				{ x: 50, y: 0 },
				{ x: 250, y: 0 }
			]
		);
		expect(next.k).toBe(2);
		// The base x under the midpoint (150) before is under it after: (150 - x) / k.
		expect((150 - next.x) / next.k).toBeCloseTo((150 - t.x) / t.k);
	});

	it('pans by how far the midpoint moves', () => {
		const next = pinchTransform(
			{ k: 2, x: -100 },
			[
				{ x: 100, y: 0 },
				{ x: 200, y: 0 }
			],
			[
				{ x: 130, y: 0 },
				{ x: 230, y: 0 }
			]
		);
		expect(next).toEqual({ k: 2, x: -70 });
	});
});

describe('bindGestures', () => {
	let node: HTMLElement;
	let target: ReturnType<typeof fakeTarget>;
	let unbind: () => void;
	beforeEach(() => {
		vi.useFakeTimers();
		node = fakeNode();
		target = fakeTarget();
		unbind = bindGestures(node, target);
	});
	afterEach(() => {
		unbind();
		vi.useRealTimers();
	});

	it('leaves a plain vertical wheel to the page, and says so', () => {
		const e = wheel({ deltaY: 100 });
		node.dispatchEvent(e);
		expect(e.defaultPrevented).toBe(false);
		expect(target.calls).toEqual(['plainWheel']);
	});

	it('zooms about the pointer on Ctrl + wheel, as one gesture that ends when the wheel stops', () => {
		const before = target.t();
		const events = [wheel({ deltaY: -100, ctrlKey: true }), wheel({ deltaY: -100, metaKey: true })];
		for (const e of events) node.dispatchEvent(e);
		expect(events.every((e) => e.defaultPrevented)).toBe(true);
		const notch = 2 ** 0.2;
		expect(target.t().k).toBeCloseTo(before.k * notch * notch);
		// The instant under the pointer (view x 300 - 100 = 200) stays under it.
		const expected = scaleAbout(scaleAbout(before, notch, 200), notch, 200);
		expect(target.t().x).toBeCloseTo(expected.x);
		expect(target.calls).toEqual(['begin', 'move', 'move']);
		vi.advanceTimersByTime(WHEEL_IDLE_MS);
		expect(target.calls.at(-1)).toBe('end');
	});

	it('pans on a horizontal wheel and on Shift + wheel', () => {
		node.dispatchEvent(wheel({ deltaX: 40 }));
		expect(target.t()).toEqual({ k: 2, x: -140 });
		node.dispatchEvent(wheel({ deltaY: 30, shiftKey: true }));
		expect(target.t()).toEqual({ k: 2, x: -170 });
	});

	it('pans on a mouse drag once it passes the threshold, and swallows the click that ends it', () => {
		node.dispatchEvent(pointer('pointerdown', { clientX: 400 }));
		node.dispatchEvent(event('mousedown'));
		node.dispatchEvent(pointer('pointermove', { clientX: 400 - DRAG_THRESHOLD + 1 }));
		expect(target.calls).toEqual([]);
		node.dispatchEvent(pointer('pointermove', { clientX: 350 }));
		node.dispatchEvent(pointer('pointermove', { clientX: 300 }));
		expect(target.t()).toEqual({ k: 2, x: -200 });
		expect(node.setPointerCapture).toHaveBeenCalledWith(1);
		node.dispatchEvent(pointer('pointerup', { clientX: 300 }));
		expect(target.calls).toEqual(['begin', 'move', 'move', 'end']);
		const click = event('click');
		node.dispatchEvent(click);
		expect(click.defaultPrevented).toBe(true);
	});

	it('lets a click without a drag through (a marker opens its day)', () => {
		node.dispatchEvent(pointer('pointerdown', { clientX: 400 }));
		node.dispatchEvent(event('mousedown'));
		node.dispatchEvent(pointer('pointerup', { clientX: 401 }));
		const click = event('click');
		node.dispatchEvent(click);
		expect(click.defaultPrevented).toBe(false);
		expect(target.calls).toEqual([]);
	});

	it('ignores other buttons and Ctrl + drag', () => {
		node.dispatchEvent(pointer('pointerdown', { clientX: 400, button: 1 }));
		node.dispatchEvent(pointer('pointermove', { clientX: 300 }));
		node.dispatchEvent(pointer('pointerdown', { clientX: 400, ctrlKey: true }));
		node.dispatchEvent(pointer('pointermove', { clientX: 300 }));
		expect(target.calls).toEqual([]);
	});

	it('pans with one finger and pinches with two; the gesture ends when the last lifts', () => {
		const touch = (type: string, id: number, x: number) =>
			node.dispatchEvent(pointer(type, { pointerType: 'touch', pointerId: id, clientX: x }));
		touch('pointerdown', 1, 300);
		touch('pointermove', 1, 320);
		expect(target.t()).toEqual({ k: 2, x: -80 });
		touch('pointerdown', 2, 400);
		touch('pointermove', 2, 500);
		// The fingers spread from 80 px apart (320 and 400) to 180 (320 and 500).
		expect(target.t().k).toBeCloseTo((2 * 180) / 80);
		touch('pointerup', 2, 500);
		expect(target.calls.at(-1)).toBe('move');
		touch('pointercancel', 1, 320);
		expect(target.calls.filter((c) => c === 'begin')).toHaveLength(1);
		expect(target.calls.at(-1)).toBe('end');
	});

	it('zooms in on a double-click, out with Shift, about the pointer', () => {
		node.dispatchEvent(event('dblclick', { clientX: 250, shiftKey: false }));
		node.dispatchEvent(event('dblclick', { clientX: 250, shiftKey: true }));
		expect(target.calls).toEqual(['zoomAbout 2 150', 'zoomAbout 0.5 150']);
	});

	it('stops listening once unbound', () => {
		unbind();
		node.dispatchEvent(wheel({ deltaY: -100, ctrlKey: true }));
		expect(target.calls).toEqual([]);
		unbind = () => {};
	});
});
