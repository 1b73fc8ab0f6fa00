import { expect, test } from './support/fixtures';
import { daysInTimeline, ready } from './support/timeline';

test.describe('resizing', { tag: '@no-language' }, () => {
	// 9 to 13 December shows days 3 to 6 (9, 10, 11 and 12 December); days 2 and 7 are just outside.
	const WINDOW = 'from=2024-12-09T00:00&to=2024-12-13T00:00';

	test('resizing keeps the zoom window, in the view and in the address', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`/?${WINDOW}`);
		await ready(page);
		expect(await daysInTimeline(page)).toEqual([3, 4, 5, 6]);
		for (const width of [1100, 1000, 1280, 900, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await expect
				.poll(() => daysInTimeline(page), { message: `at ${width}px` })
				.toEqual([3, 4, 5, 6]);
			expect(page.url()).toContain(WINDOW.replaceAll(':', '%3A'));
		}
	});

	test('an open day stays in view through a phone rotation and back', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`/day/5?${WINDOW}`);
		await ready(page, { openControls: false });
		for (const [width, height] of [
			[390, 844],
			[844, 390],
			[1280, 800]
		] as const) {
			await page.setViewportSize({ width, height });
			await expect.poll(() => daysInTimeline(page), { message: `at ${width}px` }).toContain(5);
		}
		await expect.poll(() => daysInTimeline(page)).toEqual([3, 4, 5, 6]);
	});
});
