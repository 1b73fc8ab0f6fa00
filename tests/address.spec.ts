import { expect, test } from './support/fixtures';
import { timelineReady } from './support/timeline';

test('a zoom gesture writes the address once, when it ends', async ({ page }) => {
	await page.addInitScript(() => {
		const writes: string[] = [];
		(window as unknown as { addressWrites: string[] }).addressWrites = writes;
		const replace = history.replaceState.bind(history);
		history.replaceState = (data, unused, url) => {
			writes.push(String(url ?? ''));
			replace(data, unused, url);
		};
	});
	await page.goto('/');
	await timelineReady(page);
	const plot = await page
		.getByRole('region', { name: 'Timeline of the twelve days' })
		.locator('ol')
		.boundingBox();
	await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + plot!.height / 2);
	const writes = () =>
		page.evaluate(() => (window as unknown as { addressWrites: string[] }).addressWrites.length);
	const before = await writes();
	// 16 zoom steps in a row: one gesture.
	await page.keyboard.down('Control');
	for (let i = 0; i < 16; i++) await page.mouse.wheel(0, i < 10 ? -100 : 100);
	await page.keyboard.up('Control');
	await expect(page).toHaveURL(/\?from=2024-12-\d\dT\d\d%3A\d\d&to=2024-12-\d\dT\d\d%3A\d\d$/);
	expect(await writes()).toBe(before + 1);
});
