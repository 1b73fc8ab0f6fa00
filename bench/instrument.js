// What runs inside the measured pages. Each export is a self-contained function that Playwright
// serialises into the page, so none of them may refer to anything outside its own body.

/**
 * Init script, before any page script: paint, LCP, layout-shift and long-task observers, and
 * capturing, passive listeners on window that see every input event the gestures send.
 */
export function installObservers() {
	const b = (window.__bench = {
		fcp: 0,
		lcp: 0,
		cls: 0,
		longTasks: [],
		rec: null,
		probe: null
	});
	const observe = (type, onEntry) =>
		new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
			type,
			buffered: true
		});
	observe('paint', (e) => {
		if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
	});
	observe('largest-contentful-paint', (e) => (b.lcp = e.startTime));
	observe('layout-shift', (e) => {
		if (!e.hadRecentInput) b.cls += e.value;
	});
	observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));

	// Passive and capturing on window: they run before the page's own handlers, cannot block
	// scrolling, and still count an event that a page handler stops from propagating.
	const types = [
		'wheel',
		'pointerdown',
		'pointermove',
		'pointerup',
		'mousemove',
		'touchstart',
		'touchmove',
		'touchend'
	];
	for (const type of types) {
		addEventListener(
			type,
			(event) => {
				const rec = b.rec;
				if (!rec?.on) return;
				rec.counts[type] = (rec.counts[type] ?? 0) + 1;
				// One CDP touch event that moves two fingers arrives as two events with one timeStamp.
				if (type !== rec.input || event.timeStamp === rec.last) return;
				rec.first = Math.min(rec.first, event.timeStamp);
				rec.last = Math.max(rec.last, event.timeStamp);
				rec.pending.push(event.timeStamp);
			},
			{ capture: true, passive: true }
		);
	}
}

/**
 * Starts recording: every animation frame (its interval, and whether what the probe reads changed
 * in it), long tasks, and the input events of `input`'s type: how many arrive and, for each, the
 * time from the event's timeStamp to the first animation frame callback after a capturing listener
 * saw it (the frame whose rAF callbacks render the event's effect).
 *
 * The probe (window.__bench.probe) is read at the start of each frame's callbacks: it sees what
 * the previous frame rendered, so it marks that frame as changed or not. Our callback is registered
 * a frame ahead, so it runs before the page's own callbacks of the same frame.
 */
export function startRecording({ input }) {
	const b = window.__bench;
	const rec = (b.rec = {
		on: true,
		input,
		start: performance.now(),
		longTaskIndex: b.longTasks.length,
		counts: {},
		first: Infinity,
		last: -Infinity,
		pending: [],
		latencies: [],
		frames: []
	});
	const read = () => {
		try {
			return JSON.stringify(b.probe?.() ?? null);
		} catch {
			return 'null';
		}
	};
	let previous = read();
	let lastTick = performance.now();
	let lastFrame = null;
	const tick = (now) => {
		if (!rec.on) return;
		const at = performance.now();
		for (const t of rec.pending) rec.latencies.push(at - t);
		const reading = read();
		if (lastFrame) {
			lastFrame.changed = reading !== previous;
			lastFrame.reading = reading;
		}
		previous = reading;
		lastFrame = { t: now, interval: now - lastTick, events: rec.pending.length, changed: false };
		rec.frames.push(lastFrame);
		rec.pending = [];
		lastTick = now;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/** Stops recording and hands back what was recorded. */
export function stopRecording() {
	const b = window.__bench;
	const rec = b.rec;
	rec.on = false;
	const longTasks = b.longTasks.slice(rec.longTaskIndex).filter((t) => t.start >= rec.start);
	return {
		// The first interval is partial (it began before recording did); the last frame's change is not known yet.
		frames: rec.frames.slice(1, -1),
		counts: rec.counts,
		latencies: rec.latencies,
		first: rec.first,
		last: rec.last,
		longTasks,
		cls: b.cls
	};
}

/**
 * Finds where a gesture can start over the target's area (window.__bench.area()): on the area's
 * own surface, not on a link, button or field inside it, as near its middle as can be. Returns
 * { x, y, width, left } in CSS pixels of the viewport, or null. `dx`: offsets from the point that
 * must all be free too (e.g. the second finger of a pinch).
 */
export function findSpot({ dx = [0] }) {
	const element = window.__bench.area?.();
	if (!element) return null;
	element.scrollIntoView?.({ block: 'nearest' });
	const r = element.getBoundingClientRect();
	const free = (x, y) => {
		const hit = document.elementFromPoint(x, y);
		return hit !== null && element.contains(hit) && !hit.closest('a, button, input, select');
	};
	const top = Math.max(r.top, 0);
	const bottom = Math.min(r.bottom, innerHeight);
	for (const shift of [0, -0.05, 0.05, -0.1, 0.1]) {
		const x = r.left + r.width * (0.5 + shift);
		for (let y = bottom - 6; y > top + 4; y -= 6) {
			if (dx.every((d) => free(x + d, y))) return { x, y, width: r.width, left: r.left };
		}
	}
	return null;
}

/**
 * Where a scroll through the cards starts: over the list of cards (window.__bench.cards()), low in
 * the viewport and off the timeline; with the page's scroll offset and the offset at which the
 * bottom of the twelfth card comes into view (window.__bench.scrollEnd()).
 */
export function findScrollSpot() {
	const b = window.__bench;
	const cards = b.cards?.();
	const end = b.scrollEnd?.();
	if (!cards || end == null) return null;
	const r = cards.getBoundingClientRect();
	const x = r.left + r.width / 2;
	const timeline = b.area?.();
	for (let y = Math.round(innerHeight * 0.85); y < innerHeight - 4; y += 8) {
		if (!timeline?.contains(document.elementFromPoint(x, y))) return { x, y, scrollY, end };
	}
	return null;
}
