import { expect, test } from './support/fixtures';
import { ready } from './support/timeline';

test.describe('following the reading', { tag: '@no-language' }, () => {
	// Seen with the old timeline: the effect that follows the card being read re-ran on its own
	// instant pan until Svelte stopped it (effect_update_depth_exceeded). The fixture fails the test
	// on that uncaught error.
	test.use({ reducedMotion: 'reduce' });

	test('zooming after reading down the page, with reduced motion, keeps working', async ({
		page,
		site: { ui, path }
	}) => {
		await page.goto(path('/day/8?from=2024-12-05T00:00&to=2024-12-06T00:00'));
		await ready(page);
		await page.getByRole('link', { name: new RegExp(ui.nextDay) }).click();
		await expect(page).toHaveURL(/\/day\/9/);
		const zoomIn = page.getByRole('button', { name: ui.timeline.zoomIn });
		await zoomIn.click();
		await zoomIn.click();
		await page.mouse.move(400, 600);
		await page.mouse.wheel(0, 2000);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		const before = page.url();
		await page.getByRole('button', { name: ui.timeline.zoomOut }).click();
		await expect.poll(() => page.url()).not.toBe(before);
		await expect(page).toHaveURL(/\/day\/9\?from=2024-12-\d\dT\d\d%3A\d\d&to=/);
	});
});
