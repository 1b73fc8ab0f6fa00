import { expect, test } from './support/fixtures';
import { centre, daysInTimeline, ready } from './support/timeline';

test.describe('zoom bounds', { tag: '@no-language' }, () => {
	test('wheel zoom stops at its bounds: the whole range and three hours', async ({
		page,
		site: { ui, path }
	}) => {
		await page.goto(path('/?from=2024-12-09T00:00&to=2024-12-12T00:00'));
		await ready(page);
		const { x, y } = await centre(page);
		await page.mouse.move(x, y);
		await page.keyboard.down('Control');
		// Far past the whole range (a trackpad pinch's small deltas count tenfold).
		for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 40);
		await expect(page.getByRole('button', { name: ui.timeline.zoomOut })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		await expect.poll(() => daysInTimeline(page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		await expect(page).toHaveURL(new RegExp(`${path('/')}$`));
		// Far past the deepest zoom.
		for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		await expect(page.getByRole('button', { name: ui.timeline.zoomIn })).toHaveAttribute(
			'aria-disabled',
			'true'
		);
		// The address holds the deepest window: three hours.
		const span = () => {
			const url = new URL(page.url());
			const [from, to] = ['from', 'to'].map((key) => Date.parse(`${url.searchParams.get(key)}Z`));
			return to! - from!;
		};
		await expect.poll(span).toBe(3 * 3600_000);
	});
});
