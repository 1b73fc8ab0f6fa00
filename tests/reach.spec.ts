import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ready, timeline } from './support/timeline';

/** Where the focused element is, and the bottom edge of the pinned timeline, in the viewport. */
const focusAndTimeline = (page: Page) =>
	page.evaluate(() => {
		const focused = document.activeElement!;
		const box = focused.getBoundingClientRect();
		return {
			top: box.top,
			bottom: box.bottom,
			tag: focused.textContent?.trim().slice(0, 40) ?? ''
		};
	});

test.describe('everything can be reached and seen', { tag: '@no-language' }, () => {
	// WCAG 2.4.11: a focused element is never hidden under the pinned timeline.
	for (const [width, height] of [
		[1280, 800],
		[390, 844]
	] as const) {
		test(`at ${width}x${height}, Shift+Tab up from the footer never leaves focus under the pinned timeline`, async ({
			page,
			site: { path, ui }
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(path('/'));
			await ready(page, { openControls: false });
			await page.getByRole('link', { name: 'days.json' }).focus();
			let checked = 0;
			for (let step = 0; step < 60; step++) {
				await page.keyboard.press('Shift+Tab');
				const inTimeline = await timeline(page).evaluate((t) => t.contains(document.activeElement));
				if (inTimeline) break;
				const focus = await focusAndTimeline(page);
				const pinned = (await timeline(page).boundingBox())!;
				// Only what lies below the timeline can be hidden by it (while it is pinned).
				if (pinned.y > 1) continue;
				const where = `stop ${step}: “${focus.tag}”`;
				expect(focus.top, where).toBeGreaterThanOrEqual(pinned.y + pinned.height - 0.5);
				expect(focus.bottom, where).toBeLessThanOrEqual(height + 0.5);
				checked++;
			}
			expect(checked, ui.theDays).toBeGreaterThan(10);
		});
	}

	test('at 1280x800 every part of a day’s panel is reached by wheel and by keyboard, its toolbar in view', async ({
		page,
		site: { path, ui }
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path('/day/12'));
		await ready(page);
		const panel = page.locator('#panel');
		const close = page.getByRole('link', { name: ui.closePanel, exact: true });
		const lastSource = panel
			.getByRole('region', { name: ui.sources, exact: true })
			.getByRole('listitem')
			.last();
		// The wheel over the panel scrolls it to its end, then the page, until its end shows.
		const box = (await panel.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 200);
		for (let i = 0; i < 80; i++) await page.mouse.wheel(0, 400);
		await expect(lastSource).toBeInViewport({ ratio: 1 });
		await expect(close).toBeInViewport({ ratio: 1 });
		// By keyboard, from the top: the last link of the panel is focused in full view.
		await page.goto(path('/day/12'));
		await ready(page);
		const links = panel.getByRole('link');
		await links.last().focus();
		await expect(links.last()).toBeInViewport({ ratio: 1 });
		await expect(close).toBeInViewport({ ratio: 1 });
	});

	test('at 1920x1080 the panel’s toolbar stays in view down to the end of the page', async ({
		page,
		site: { path, ui }
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(path('/day/3'));
		await ready(page);
		await page.evaluate(() =>
			window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
		);
		await expect(page.getByRole('contentinfo')).toBeInViewport();
		await expect(page.getByRole('link', { name: ui.closePanel, exact: true })).toBeInViewport({
			ratio: 1
		});
		await expect(page.getByRole('link', { name: new RegExp(ui.previousDay) })).toBeInViewport({
			ratio: 1
		});
	});
});
