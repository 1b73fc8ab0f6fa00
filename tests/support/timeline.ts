import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline, found the way a screen reader finds it. */
export const timeline = (page: Page) =>
	page.getByRole('region', { name: 'Timeline of the twelve days' });

/**
 * The list of day markers. It spans exactly the visible strip of the timeline (what is outside it
 * is clipped), so "in view" is measured against its box.
 */
export const markerList = (page: Page) =>
	timeline(page).getByRole('list', { name: 'The twelve days', exact: true });

/** The timeline marker of day n (other links on a page can also start "Day n: "). */
export const marker = (page: Page, n: number) =>
	markerList(page).getByRole('link', { name: new RegExp(`^Day ${n}: `) });

/** Waits for the timeline to be interactive: its zoom buttons only show once JavaScript has run. */
export async function ready(page: Page) {
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
}

/**
 * The axis labels, as drawn. The axis is decorative for assistive technology (aria-hidden), so it
 * has no roles: its labels are the SVG text inside the timeline.
 */
export const tickLabels = (page: Page) => timeline(page).locator('svg text').allTextContents();

/** How much of an element lies inside the timeline's visible strip, to within a pixel. */
export async function timelineVisibility(page: Page, target: Locator) {
	const [strip, box] = await Promise.all([markerList(page).boundingBox(), target.boundingBox()]);
	if (!strip || !box) return 'none';
	const [left, right] = [box.x, box.x + box.width];
	const [from, to] = [strip.x, strip.x + strip.width];
	if (left >= from - 1 && right <= to + 1) return 'all';
	if (right > from && left < to) return 'some';
	return 'none';
}

/** Waits (polling, not reading once) until the whole element is inside the timeline's strip. */
export async function expectInTimelineView(page: Page, target: Locator, message?: string) {
	await expect.poll(() => timelineVisibility(page, target), { message }).toBe('all');
}

/**
 * The days the timeline shows dimmed (outside a lens or a search).
 * The DOM says so only by a CSS class on the marker's list item: there is no attribute or
 * accessible state for it yet, so this is the one place the suite reads a class.
 */
export const dimmedDays = (page: Page) =>
	markerList(page)
		.getByRole('listitem')
		.evaluateAll((items) =>
			items
				.filter((li) => li.classList.contains('dimmed'))
				.map((li) => Number(li.querySelector('a')?.dataset.day))
		);

/**
 * Runs `act` while recording, on every animation frame, where a day marker is drawn; returns the
 * successive positions (consecutive repeats dropped) once the marker has moved and then stayed put
 * for ten frames. A jump gives two positions; a transition gives the ones in between as well.
 */
export async function markerFrames(page: Page, n: number, act: () => Promise<void>) {
	await marker(page, n).evaluate((el) => {
		const frames: number[] = [];
		const sample = () => {
			frames.push(Math.round(el.getBoundingClientRect().left * 100) / 100);
			(window as unknown as { frameProbe: number }).frameProbe = requestAnimationFrame(sample);
		};
		(window as unknown as { frames: number[] }).frames = frames;
		sample();
	});
	await act();
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const frames = (window as unknown as { frames: number[] }).frames;
					const last = frames.slice(-10);
					return frames.length > 10 && last.every((x) => x === last[0]) && last[0] !== frames[0];
				}),
			{ message: `day ${n}'s marker moves, then settles` }
		)
		.toBe(true);
	const frames = await page.evaluate(() => {
		cancelAnimationFrame((window as unknown as { frameProbe: number }).frameProbe);
		return (window as unknown as { frames: number[] }).frames;
	});
	return frames.filter((x, i) => i === 0 || x !== frames[i - 1]);
}
