import type { Page } from '@playwright/test';
import { card } from './support/explorer';
import { expect, test } from './support/fixtures';
import { daysInTimeline, ready } from './support/timeline';
import { touchSession } from './support/touch';

test.describe('on a phone', { tag: '@no-language' }, () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	const plot = async (page: Page) => {
		const box = await page
			.getByRole('region', { name: 'Timeline of the twelve days' })
			.locator('ol')
			.evaluate((list) => {
				const r = list.parentElement!.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			});
		return box;
	};

	test('a vertical swipe that starts on the timeline scrolls the page', async ({ page }) => {
		await page.goto('/');
		await ready(page, { openControls: false });
		const touch = await touchSession(page);
		const box = await plot(page);
		for (const fraction of [0.2, 0.4, 0.6, 0.8]) {
			const before = await page.evaluate(() => window.scrollY);
			const x = box.x + box.width * fraction;
			const y = box.y + box.height * 0.5;
			await touch.gesture([{ x, y }], [{ x, y: y - 250 }]);
			await expect
				.poll(() => page.evaluate(() => window.scrollY), { message: `swipe at ${fraction}` })
				.toBeGreaterThan(before + 100);
			await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		}
	});

	test('a sideways swipe pans the zoomed timeline and a pinch zooms it', async ({ page }) => {
		await page.goto('/?from=2024-12-09T00:00&to=2024-12-12T00:00');
		await ready(page, { openControls: false });
		const touch = await touchSession(page);
		const box = await plot(page);
		const y = box.y + box.height / 2;
		expect(await daysInTimeline(page)).toEqual([3, 4, 5]);
		// The finger moves right by about two of the three days shown: the window moves two days earlier.
		await touch.gesture([{ x: box.x + 40, y }], [{ x: box.x + box.width - 40, y }]);
		await expect(page).toHaveURL(/from=2024-12-0[67]T\d\d%3A\d\d&to=2024-12-(09|10)T/);
		expect(await daysInTimeline(page)).not.toContain(5);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		// Fingers close: the window widens.
		const mid = box.x + box.width / 2;
		await touch.gesture(
			[
				{ x: mid - 140, y },
				{ x: mid + 140, y }
			],
			[
				{ x: mid - 30, y },
				{ x: mid + 30, y }
			]
		);
		await expect.poll(async () => (await daysInTimeline(page)).length).toBeGreaterThan(5);
	});

	for (const { width, height } of [
		{ width: 390, height: 844 },
		{ width: 320, height: 640 },
		{ width: 844, height: 390 }
	]) {
		test(`at ${width}x${height} the pinned timeline takes at most about a quarter of the screen`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await ready(page, { openControls: false });
			await card(page, 4).scrollIntoViewIfNeeded();
			const timeline = page.getByRole('region', { name: 'Timeline of the twelve days' });
			const box = await timeline.boundingBox();
			expect(box!.y).toBeLessThanOrEqual(1);
			expect(box!.height / height).toBeLessThanOrEqual(0.27);
			// Its controls wait behind a toggle until the reader reaches for them.
			await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
			const toggle = page.getByRole('button', { name: 'Zoom controls and legend' });
			await expect(toggle).toHaveAttribute('aria-expanded', 'false');
			await toggle.click();
			await expect(toggle).toHaveAttribute('aria-expanded', 'true');
			await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
			await expect(timeline.getByText('Developer platform')).toBeVisible();
		});
	}
});
