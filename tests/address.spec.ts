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

test.describe('a shared view', { tag: '@no-language' }, () => {
	test('the address keeps its view while the page starts, however late the timeline measures its width', async ({
		page,
		site: { path, days, ui }
	}) => {
		// Every address the page writes, and a timeline that measures its width half a second late (a
		// slow device: the page hydrates and its router starts before the first ResizeObserver report).
		await page.addInitScript(() => {
			const writes: string[] = [];
			(window as unknown as { addressWrites: string[] }).addressWrites = writes;
			const replace = history.replaceState.bind(history);
			history.replaceState = (data, unused, url) => {
				writes.push(String(url ?? ''));
				replace(data, unused, url);
			};
			const Observer = window.ResizeObserver;
			window.ResizeObserver = class extends Observer {
				constructor(callback: ResizeObserverCallback) {
					super((entries, observer) => setTimeout(() => callback(entries, observer), 500));
				}
			};
		});
		const view = '?from=2024-12-09T00%3A00&to=2024-12-13T00%3A00';
		await page.goto(path(`/day/5${view}`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[4]!.title);
		await ready(page);
		await expect(page).toHaveURL(path(`/day/5${view}`));
		const writes = await page.evaluate(
			() => (window as unknown as { addressWrites: string[] }).addressWrites
		);
		// (The router also replaces its own state without changing the address: no URL.)
		expect(writes.filter((url) => url && !url.includes(view))).toEqual([]);
		// The close link leads back to the overview with the same view.
		await expect(page.getByRole('link', { name: ui.closePanel })).toHaveAttribute(
			'href',
			`${path('/')}${view}`
		);
	});
});
