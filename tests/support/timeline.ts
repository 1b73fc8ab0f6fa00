import { expect, type Locator, type Page } from '@playwright/test';
import { siteOf } from './site';

/** The timeline, found the way a screen reader finds it. */
export const timeline = (page: Page) =>
	page.getByRole('region', { name: siteOf(page).ui.timeline.heading });

/**
 * The list of day markers. It spans exactly the visible strip of the timeline (what is outside it
 * is clipped), so "in view" is measured against its box.
 */
export const markerList = (page: Page) =>
	timeline(page).getByRole('list', { name: siteOf(page).ui.theDays, exact: true });

/** The timeline marker of day n, named by what it shows: its number, then its short title. */
export const marker = (page: Page, n: number) =>
	markerList(page).getByRole('link', { name: new RegExp(`^${markerPrefix(n)}`) });

/** How a marker's name starts, in either language: its number and a space ("3 "). */
export function markerPrefix(n: number): string {
	return `${n} `;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The middle of the timeline's visible strip, in page coordinates (where gestures start). */
export async function centre(page: Page) {
	const box = await markerList(page).boundingBox();
	if (!box) throw new Error('timeline not rendered');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Waits for the timeline to be interactive: its zoom buttons only show once JavaScript has run.
 * On the compact strip of small screens they wait behind a toggle, which this opens unless told not to.
 */
export async function ready(page: Page, { openControls = true } = {}) {
	const { ui } = siteOf(page);
	const zoomIn = page.getByRole('button', { name: ui.timeline.zoomIn });
	const toggle = page.getByRole('button', { name: ui.timeline.controlsToggle });
	await expect(zoomIn.or(toggle)).toBeVisible();
	if (openControls && (await toggle.isVisible())) await toggle.click();
	if (openControls) await expect(zoomIn).toBeVisible();
}

/**
 * The axis labels, as drawn. The axis is decorative for assistive technology (aria-hidden), so it
 * has no roles: its labels are the leaf text elements of the timeline's hidden backdrop.
 */
export const tickLabels = (page: Page) =>
	markerList(page).evaluate((list) =>
		[...list.parentElement!.querySelectorAll('[aria-hidden="true"] span')]
			.filter((el) => el.childElementCount === 0 && el.textContent!.trim())
			.map((el) => el.textContent!)
	);

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

/** The days the timeline shows dimmed (outside a lens or a search): their items say so in `data-dimmed`. */
export const dimmedDays = (page: Page) =>
	markerList(page)
		.getByRole('listitem')
		.evaluateAll((items) =>
			items
				.filter((li) => li.hasAttribute('data-dimmed'))
				// A marker's day is the number its badge shows.
				.map((li) => Number(li.querySelector('a')?.firstElementChild?.textContent))
		);

/**
 * Runs `act` while recording, on every animation frame, where the badges of some day markers are
 * drawn (their left edges, in order of `days`), until they have moved and then stayed put for ten
 * frames; returns one entry per frame.
 */
export async function badgeFrames(page: Page, days: number[], act: () => Promise<void>) {
	type Probe = { frames: number[][]; frame: number };
	await markerList(page).evaluate((list, days) => {
		// The badge is the part of a marker that shows its number (a label may sit either side).
		const badges = days.map((n) => {
			const link = [...list.querySelectorAll('a')].find(
				(a) => a.firstElementChild?.textContent?.trim() === String(n)
			)!;
			return link.firstElementChild!;
		});
		const probe: Probe = { frames: [], frame: 0 };
		const sample = () => {
			probe.frames.push(badges.map((b) => Math.round(b.getBoundingClientRect().left * 100) / 100));
			probe.frame = requestAnimationFrame(sample);
		};
		(window as unknown as { probe: Probe }).probe = probe;
		sample();
	}, days);
	await act();
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const key = (f: number[]) => f.join();
					const { frames } = (window as unknown as { probe: Probe }).probe;
					const last = frames.slice(-10).map(key);
					return (
						frames.length > 10 && last.every((f) => f === last[0]) && last[0] !== key(frames[0]!)
					);
				}),
			{ message: `the markers of days ${days.join(', ')} move, then settle` }
		)
		.toBe(true);
	return page.evaluate(() => {
		const probe = (window as unknown as { probe: Probe }).probe;
		cancelAnimationFrame(probe.frame);
		return probe.frames;
	});
}

/** The successive values of a series, each repeat of the one before dropped. */
export const steps = (values: number[]) => values.filter((v, i) => i === 0 || v !== values[i - 1]);

/** Whether day n's badge is inside the timeline's visible strip. */
export function dayInTimeline(page: Page, n: number) {
	return marker(page, n).evaluate((link) => {
		const strip = link.closest('ol')!.getBoundingClientRect();
		const badge = link.firstElementChild!.getBoundingClientRect();
		return badge.left >= strip.left - 1 && badge.right <= strip.right + 1;
	});
}

/** The days whose badges are inside the timeline's visible strip. */
export async function daysInTimeline(page: Page) {
	const shown: number[] = [];
	for (let n = 1; n <= 12; n++) if (await dayInTimeline(page, n)) shown.push(n);
	return shown;
}

/** The days the timeline marks as being read (aria-current="true"). */
export const markedDays = (page: Page) =>
	markerList(page)
		.locator('a[aria-current="true"]')
		.evaluateAll((links) => links.map((a) => Number(a.firstElementChild?.textContent)));
