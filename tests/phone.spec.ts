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

	// WCAG 2.5.8: every marker a finger can tap is at least 24x24 CSS px, none overlaps another, and
	// its number stays inside its circle, at phone sizes either way up and while zooming in.
	test('the day markers are whole touch targets that never overlap, at any phone width and zoom', async ({
		page
	}) => {
		/** The visible markers' boxes, and whether each number fits its badge. */
		const markers = () =>
			page
				.getByRole('region', { name: 'Timeline of the twelve days' })
				.getByRole('list', { name: 'The twelve days', exact: true })
				.evaluate((list) => {
					const strip = list.getBoundingClientRect();
					return [...list.querySelectorAll('a')]
						.map((link) => {
							const r = link.getBoundingClientRect();
							const badge = link.firstElementChild as HTMLElement;
							return {
								day: Number(badge.textContent),
								box: { x: r.x, y: r.y, width: r.width, height: r.height },
								inside: r.right > strip.left && r.left < strip.right,
								numberFits: badge.scrollWidth <= badge.clientWidth
							};
						})
						.filter((m) => m.inside);
				});
		const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
			a.x < b.x + b.width - 0.5 &&
			b.x < a.x + a.width - 0.5 &&
			a.y < b.y + b.height - 0.5 &&
			b.y < a.y + a.height - 0.5;
		for (const [width, height] of [
			[320, 640],
			[360, 780],
			[390, 844],
			[430, 932],
			[844, 390],
			[667, 375]
		] as const) {
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await ready(page, { openControls: false });
			for (let zoom = 0; zoom < 4; zoom++) {
				const shown = await markers();
				expect(shown.length, `${width}x${height}, zoom step ${zoom}`).toBeGreaterThan(0);
				for (const [i, a] of shown.entries()) {
					const where = `${width}x${height}, zoom step ${zoom}, day ${a.day}`;
					// To a hundredth of a pixel: a box moved by a fraction of a pixel measures 23.99998.
					expect(Math.round(a.box.width * 100) / 100, where).toBeGreaterThanOrEqual(24);
					expect(Math.round(a.box.height * 100) / 100, where).toBeGreaterThanOrEqual(24);
					expect(a.numberFits, where).toBe(true);
					for (const b of shown.slice(i + 1))
						expect(overlap(a.box, b.box), `${where} and day ${b.day}`).toBe(false);
				}
				// Zoom in about the middle of the year's last week, where the days are closest.
				await page.getByRole('link', { name: /^12 / }).press(zoom === 0 ? '=' : '+');
			}
		}
	});
});
