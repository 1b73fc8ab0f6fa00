import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The timeline's marker link for day n. */
export const dayMarker = (page: Page, n: number) =>
	page
		.getByRole('region', { name: 'Timeline of the twelve days' })
		.getByRole('link', { name: new RegExp(`^Day ${n}: `) });

/**
 * Waits until the timeline answers gestures (its zoom buttons show once the gesture code is
 * bound); on the compact strip of small screens they wait behind a toggle, which this opens.
 */
export async function timelineReady(page: Page, { openControls = true } = {}) {
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const toggle = page.getByRole('button', { name: 'Zoom controls and legend' });
	await expect(zoomIn.or(toggle)).toBeVisible();
	if (openControls && (await toggle.isVisible())) await toggle.click();
	if (openControls) await expect(zoomIn).toBeVisible();
}

/** Whether day n's badge is inside the timeline's visible plot. */
export function dayInTimeline(page: Page, n: number) {
	return dayMarker(page, n).evaluate((link) => {
		const plot = link.closest('ol')!.parentElement!.getBoundingClientRect();
		const badge = link.firstElementChild!.getBoundingClientRect();
		return badge.left >= plot.left - 1 && badge.right <= plot.right + 1;
	});
}

/** The days whose badges are inside the timeline's visible plot. */
export async function daysInTimeline(page: Page) {
	const shown: number[] = [];
	for (let n = 1; n <= 12; n++) if (await dayInTimeline(page, n)) shown.push(n);
	return shown;
}
