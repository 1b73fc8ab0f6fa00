import { expect, test } from './support/fixtures';
import { centre, ready } from './support/timeline';

test.describe('the address', { tag: '@no-language' }, () => {
	// The gesture as most readers make it, with the zoom animated (playwright.config.ts reduces motion).
	test.use({ reducedMotion: 'no-preference' });

	test('a zoom gesture writes the address once, when it ends', async ({ page, site: { path } }) => {
		await page.addInitScript(() => {
			const writes: string[] = [];
			(window as unknown as { addressWrites: string[] }).addressWrites = writes;
			const replace = history.replaceState.bind(history);
			history.replaceState = (data, unused, url) => {
				writes.push(String(url ?? ''));
				replace(data, unused, url);
			};
		});
		await page.goto(path('/'));
		await ready(page);
		const { x, y } = await centre(page);
		await page.mouse.move(x, y);
		const writes = () =>
			page.evaluate(() => (window as unknown as { addressWrites: string[] }).addressWrites.length);
		const before = await writes();
		// 24 Ctrl + wheel notches 30 ms apart (0.7 s, longer than any write interval a timer might
		// use), sent on a clock rather than one after another: one gesture.
		const cdp = await page.context().newCDPSession(page);
		const notch = (i: number) =>
			cdp.send('Input.dispatchMouseEvent', {
				type: 'mouseWheel',
				x,
				y,
				deltaX: 0,
				deltaY: i < 14 ? -100 : 100,
				modifiers: 2
			});
		await Promise.all(
			Array.from(
				{ length: 24 },
				(_, i) => new Promise((sent) => setTimeout(() => sent(notch(i)), i * 30))
			)
		);
		await expect(page).toHaveURL(/\?from=2024-12-\d\dT\d\d%3A\d\d&to=2024-12-\d\dT\d\d%3A\d\d$/);
		expect(await writes()).toBe(before + 1);
	});
});
