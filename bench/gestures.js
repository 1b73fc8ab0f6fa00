// The gestures, sent through the DevTools protocol on a fixed timer: each event goes out when its
// time comes, whether or not the page has finished with the one before (as a real wheel, mouse or
// finger does), and all are awaited at the end.
import { findScrollSpot, findSpot, startRecording, stopRecording } from './instrument.js';
import { summariseGesture } from './metrics.js';
import { DEVICES } from './pages.js';
import { openPage } from './session.js';

const CTRL = 2;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A step sends one event; `input` names the DOM event it becomes, to count what was dispatched.
const step = (input, send) => Object.assign(send, { input });
const wheel = (cdp, x, y, deltaY, modifiers = 0) =>
	step('wheel', () =>
		cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers })
	);
const mouse = (cdp, type, x, y) =>
	step(type === 'mouseMoved' ? 'pointermove' : type, () =>
		cdp.send('Input.dispatchMouseEvent', {
			type,
			x,
			y,
			button: 'left',
			buttons: type === 'mouseReleased' ? 0 : 1,
			clickCount: type === 'mouseMoved' ? 0 : 1
		})
	);
const touch = (cdp, type, points) =>
	step(type.toLowerCase(), () =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 5, radiusY: 5, force: 1 }))
		})
	);
/** A slot of the timer in which nothing is sent. */
const pause = step('none', () => Promise.resolve());
const hover = (cdp, { x, y }) =>
	cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'none', buttons: 0 });

/**
 * Sends step i at start + i * spacing ms without waiting for earlier ones to be acknowledged, then
 * waits for all. Returns how late (ms) the latest step went out.
 */
export async function onTimer(steps, spacing) {
	const start = performance.now();
	const sent = [];
	let late = 0;
	for (const [i, step] of steps.entries()) {
		const due = start + i * spacing;
		const wait = due - performance.now();
		if (wait > 0.5) await sleep(wait);
		late = Math.max(late, performance.now() - due);
		sent.push(
			step().then(
				() => null,
				(error) => error
			)
		);
	}
	const failed = (await Promise.all(sent)).find((result) => result !== null);
	if (failed) throw failed;
	return { late };
}

/** Zooms in by Ctrl + wheel notches, each awaited, before a pan (at zoom 1 there is nothing to pan). */
async function zoomIn(cdp, spot, notches) {
	for (let i = 0; i < notches; i++) {
		await wheel(cdp, spot.x, spot.y, -100, CTRL)();
		await sleep(50);
	}
	await sleep(700);
}

const times = (n, make) => Array.from({ length: n }, (_, i) => make(i));

/**
 * Each gesture: the device profile, the input event type measured (its count is "dispatched"),
 * the spacing of the timer in ms, where it starts (`dx`: offsets from the start that must also be
 * free of links), whether to zoom in first, and its steps.
 */
export const GESTURES = {
	zoom: {
		title: 'Alternating zoom',
		device: 'desktop',
		input: 'wheel',
		spacing: 30,
		describe:
			'40 Ctrl + wheel events (CDP `mouseWheel`, modifiers = Ctrl) over the middle of the timeline, 30 ms apart on a timer: 20 zooming in (deltaY −100), then 20 zooming out (deltaY +100).',
		steps: (cdp, spot) => times(40, (i) => wheel(cdp, spot.x, spot.y, i < 20 ? -100 : 100, CTRL))
	},
	drag: {
		title: 'Drag pan',
		device: 'desktop',
		// Not mousemove: a page that cancels pointerdown gets no mouse events while the button is down.
		input: 'pointermove',
		spacing: 16,
		dx: [150],
		zoomFirst: true,
		describe:
			'After zooming in about 4x with Ctrl + wheel notches (before recording; see the pages), a 300 px drag from 150 px right of the middle of the timeline to 150 px left of it: mouse down, 20 `mouseMoved` of 15 px 16 ms apart on a timer, mouse up.',
		steps: (cdp, { x, y }) => [
			mouse(cdp, 'mousePressed', x + 150, y),
			...times(20, (i) => mouse(cdp, 'mouseMoved', x + 150 - 15 * (i + 1), y)),
			mouse(cdp, 'mouseReleased', x - 150, y)
		]
	},
	pinch: {
		title: 'Touch pinch',
		device: 'phone',
		input: 'touchmove',
		spacing: 16,
		dx: [-30, 30],
		describe:
			'Two fingers on the middle of the timeline, 60 px apart (CDP `touchStart`), spread to 300 px apart in 20 `touchMove` steps 16 ms apart, brought back to 60 px in 20 more, then lifted.',
		steps: (cdp, { x, y }) => {
			const at = (half) => [
				[x - half, y],
				[x + half, y]
			];
			const half = (i) => (i < 20 ? 30 + (120 * (i + 1)) / 20 : 150 - (120 * (i - 19)) / 20);
			return [
				touch(cdp, 'touchStart', at(30)),
				...times(40, (i) => touch(cdp, 'touchMove', at(half(i)))),
				touch(cdp, 'touchEnd', [])
			];
		}
	},
	touchPan: {
		title: 'Touch pan',
		device: 'phone',
		input: 'touchmove',
		spacing: 16,
		dx: [150],
		zoomFirst: true,
		describe:
			'After zooming in about 4x with Ctrl + wheel notches (before recording), a one-finger horizontal swipe of 300 px over the timeline: `touchStart`, 20 `touchMove` of 15 px 16 ms apart, `touchEnd`.',
		steps: (cdp, { x, y }) => [
			touch(cdp, 'touchStart', [[x + 150, y]]),
			...times(20, (i) => touch(cdp, 'touchMove', [[x + 150 - 15 * (i + 1), y]])),
			touch(cdp, 'touchEnd', [])
		]
	},
	scroll: {
		title: 'Scroll through the cards',
		device: 'desktop',
		input: 'wheel',
		spacing: 30,
		scroll: true,
		describe:
			'From the top of the page, plain wheel events (deltaY +100) over the cards, 30 ms apart on a timer, as many as it takes for the bottom of the twelfth card to come into view; the sticky timeline follows the card in view.',
		steps: (cdp, { x, y, distance }) =>
			times(Math.ceil(distance / 100), () => wheel(cdp, x, y, 100))
	},
	touchScroll: {
		title: 'Scroll through the cards',
		device: 'phone',
		input: 'touchmove',
		spacing: 16,
		scroll: true,
		describe:
			'From the top of the page, one-finger upward swipes over the cards, one after another: `touchStart`, 10 `touchMove` of 45 px 16 ms apart, the finger held still for 128 ms (so that the page does not fling past the cards), `touchEnd`, the next swipe 16 ms later; as many swipes as the distance to the bottom of the twelfth card takes at 450 px a swipe.',
		steps: (cdp, { x, y, distance }) =>
			times(Math.ceil(distance / 450), () => [
				touch(cdp, 'touchStart', [[x, y]]),
				...times(10, (i) => touch(cdp, 'touchMove', [[x, y - 45 * (i + 1)]])),
				// Held still long enough for the browser's velocity tracker to take the finger as
				// stopped (64 ms was not always enough): no fling, a scroll as long as the swipe.
				...times(8, () => pause),
				touch(cdp, 'touchEnd', [])
			]).flat()
	}
};

/** Where the gesture starts, or null: over the timeline, or for a scroll over the cards. */
async function locate(page, gesture) {
	if (!gesture.scroll) return page.evaluate(findSpot, { dx: gesture.dx ?? [0] });
	await page.evaluate(() => window.scrollTo(0, 0));
	await sleep(200);
	const spot = await page.evaluate(findScrollSpot);
	return spot && { ...spot, distance: spot.end - spot.scrollY };
}

const probe = (page) => page.evaluate(() => JSON.stringify(window.__bench.probe?.() ?? null));

/**
 * Loads the page afresh, throttles the CPU 4x, prepares (zoom in before a pan), records the gesture
 * and summarises it. Returns { ...summary, notes } or { error }.
 */
export async function measureGesture(browser, target, id) {
	const gesture = GESTURES[id];
	const { context, page, cdp } = await openPage(browser, target, DEVICES[gesture.device]);
	try {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const notes = [];
		let spot = await locate(page, gesture);
		if (!spot) return { error: 'found no free spot to start the gesture on' };
		await hover(cdp, spot);
		if (gesture.zoomFirst && target.zoomNotches > 0) {
			const before = await probe(page);
			await zoomIn(cdp, spot, target.zoomNotches);
			if ((await probe(page)) === before) notes.push('zooming in before the pan changed nothing');
			spot = (await page.evaluate(findSpot, { dx: gesture.dx ?? [0] })) ?? spot;
		}
		await page.evaluate(startRecording, { input: gesture.input });
		await sleep(100);
		const stepList = gesture.steps(cdp, spot);
		const { late } = await onTimer(stepList, gesture.spacing);
		if (late > 10) notes.push(`the timer sent an event ${late.toFixed(0)} ms late`);
		await sleep(500);
		const raw = await page.evaluate(stopRecording);
		const dispatched = stepList.filter((s) => s.input === gesture.input).length;
		const summary = summariseGesture(raw, { dispatched, spacing: gesture.spacing });
		if (gesture.scroll) {
			const left = await page.evaluate(() => window.__bench.scrollEnd() - scrollY);
			if (left > 1) notes.push(`stopped ${left.toFixed(0)} px short of the twelfth card`);
		}
		return { ...summary, late, notes, raw };
	} finally {
		await context.close();
	}
}
