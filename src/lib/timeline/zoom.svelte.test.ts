import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Domain } from './scale';
import { ZoomState } from './zoom.svelte';

const domain: Domain = [new Date('2024-12-02T00:00:00Z'), new Date('2024-12-23T00:00:00Z')];
const iso = (window: Domain) => window.map((d) => d.toISOString());

/** Animation frames run by hand: frame(ms) advances the clock and runs what was requested. */
function frames() {
	let now = 0;
	let queue = new Map<number, FrameRequestCallback>();
	let id = 0;
	vi.stubGlobal('performance', { now: () => now });
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		queue.set(++id, callback);
		return id;
	});
	vi.stubGlobal('cancelAnimationFrame', (handle: number) => queue.delete(handle));
	return (ms = 16) => {
		now += ms;
		const due = queue;
		queue = new Map();
		for (const callback of due.values()) callback(now);
	};
}

describe('ZoomState', () => {
	let frame: (ms?: number) => void;
	let settled: boolean[];
	let zoom: ZoomState;
	let duration: number;
	beforeEach(() => {
		frame = frames();
		settled = [];
		duration = 0;
		zoom = new ZoomState({ domain, duration: () => duration, onSettle: (r) => settled.push(r) });
		zoom.resize(2100);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('starts showing the whole domain, and says when it is first measured', () => {
		const onMeasured = vi.fn();
		const fresh = new ZoomState({ domain, duration: () => 0, onMeasured });
		expect(iso(fresh.window)).toEqual(['2024-12-02T00:00:00.000Z', '2024-12-23T00:00:00.000Z']);
		fresh.resize(800);
		fresh.resize(900);
		expect(onMeasured).toHaveBeenCalledTimes(1);
	});

	it('shows a window and settles once, not by the reader', () => {
		zoom.showWindow([new Date('2024-12-09T00:00:00Z'), new Date('2024-12-13T00:00:00Z')], {
			animate: false
		});
		expect(iso(zoom.window)).toEqual(['2024-12-09T00:00:00.000Z', '2024-12-13T00:00:00.000Z']);
		expect(zoom.zoomed).toBe(true);
		expect(settled).toEqual([false]);
	});

	it('keeps a move inside its bounds: never out past the whole range, never in past three hours', () => {
		zoom.zoomBy(0.5);
		expect(zoom.transform).toEqual({ k: 1, x: 0 });
		zoom.zoomBy(10_000);
		expect(zoom.transform.k).toBe(zoom.maxK);
		expect(zoom.window[1].getTime() - zoom.window[0].getTime()).toBeCloseTo(3 * 3_600_000, -3);
	});

	it('animates a move frame by frame, and settles once at its end', () => {
		duration = 100;
		zoom.zoomBy(2);
		expect(zoom.transform.k).toBe(1);
		frame();
		const midway = zoom.transform.k;
		expect(midway).toBeGreaterThan(1);
		expect(midway).toBeLessThan(2);
		expect(settled).toEqual([]);
		for (let i = 0; i < 8; i++) frame();
		expect(zoom.transform.k).toBeCloseTo(2);
		expect(settled).toEqual([true]);
	});

	it('a move that interrupts an animation settles it first', () => {
		zoom.showWindow([new Date('2024-12-09T00:00:00Z'), new Date('2024-12-10T00:00:00Z')], {
			animate: false
		});
		duration = 100;
		zoom.reveal(new Date('2024-12-20T18:00:00Z'));
		frame();
		zoom.zoomBy(2);
		frame(200);
		expect(settled).toEqual([false, false, true]);
	});

	it('draws a gesture once a frame, however many events it has, and settles when it ends', () => {
		const { begin, move, end, current } = zoom.gestures;
		begin();
		move({ k: 2, x: -100 });
		move({ k: 3, x: -200 });
		expect(current()).toEqual({ k: 3, x: -200 });
		expect(zoom.transform).toEqual({ k: 1, x: 0 });
		frame();
		expect(zoom.transform).toEqual({ k: 3, x: -200 });
		move({ k: 3, x: -300 });
		end();
		expect(zoom.transform).toEqual({ k: 3, x: -300 });
		expect(settled).toEqual([true]);
		expect(zoom.lastMovedByReader).toBeGreaterThan(-Infinity);
	});

	it('pans just enough to bring an instant into view, and not at all when it is in view', () => {
		zoom.showWindow([new Date('2024-12-09T00:00:00Z'), new Date('2024-12-10T00:00:00Z')], {
			animate: false
		});
		const k = zoom.transform.k;
		zoom.reveal(new Date('2024-12-09T12:00:00Z'));
		expect(settled).toHaveLength(1);
		zoom.reveal(new Date('2024-12-12T18:00:00Z'), { animate: false });
		expect(zoom.transform.k).toBe(k);
		// The instant now sits 48 px inside the right edge.
		expect(zoom.base(new Date('2024-12-12T18:00:00Z')) * k + zoom.transform.x).toBeCloseTo(
			2100 - 48
		);
	});

	it('keeps the same window across a new width', () => {
		const window: Domain = [new Date('2024-12-09T00:00:00Z'), new Date('2024-12-13T00:00:00Z')];
		zoom.showWindow(window, { animate: false });
		zoom.resize(700);
		expect(iso(zoom.window)).toEqual(iso(window));
	});
});
