import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { card, cardLink } from './support/explorer';
import { marker, markedDays, ready, timeline } from './support/timeline';

test.describe('the reading position', { tag: '@no-language' }, () => {
	/** The day the timeline marks as being read (aria-current="true"), if any. */
	const markedDay = markedDays;

	/** Scrolls (instantly, like a reader's wheel) so that card n sits just below the pinned timeline. */
	async function placeCardUnderTimeline(page: Page, n: number) {
		const height = (await timeline(page).boundingBox())!.height;
		await card(page, n).evaluate((card, height) => {
			const top = card.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - height - 8, behavior: 'instant' });
		}, height);
		// The card is fully visible, right under the timeline.
		const box = await card(page, n).boundingBox();
		const pinned = await timeline(page).boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(pinned!.y + pinned!.height);
		expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
	}

	/** The overview at a viewport size, ready to read (the phone's timeline controls left closed). */
	async function openOverview(page: Page, url: string, width: number, height: number) {
		await page.setViewportSize({ width, height });
		await page.goto(url);
		await ready(page, { openControls: false });
	}

	/** How far below the pinned timeline card n's top is, in px (negative: under it). */
	async function gapBelowTimeline(page: Page, n: number) {
		const pinned = (await timeline(page).boundingBox())!;
		const box = (await card(page, n).boundingBox())!;
		return box.y - (pinned.y + pinned.height);
	}

	for (const { width, height, days } of [
		// The days a reader saw marked one card off (day n + 1) at 1280x800.
		{ width: 1280, height: 800, days: [3, 8, 11] },
		// Short and tall cards on a phone: day 2 is short, day 12 is the tallest.
		{ width: 390, height: 844, days: [2, 5, 9] }
	]) {
		test(`at ${width}x${height} the card right under the timeline is the day marked`, async ({
			page,
			site: { path }
		}) => {
			await openOverview(page, path('/'), width, height);
			for (const n of days) {
				await placeCardUnderTimeline(page, n);
				await expect.poll(() => markedDay(page)).toEqual([n]);
			}
		});

		test(`at ${width}x${height}, j brings each card to just below the pinned timeline`, async ({
			page,
			site: { path }
		}) => {
			await openOverview(page, path('/'), width, height);
			for (const n of [1, 2, 3]) {
				await page.keyboard.press('j');
				await expect(cardLink(page, n)).toBeFocused();
				// Below the timeline's measured height, with the small gap cards keep (--space-3, 12 px).
				await expect.poll(() => gapBelowTimeline(page, n)).toBeGreaterThanOrEqual(0);
				expect(await gapBelowTimeline(page, n)).toBeLessThanOrEqual(14);
			}
		});
	}

	test.describe('with smooth scrolling', () => {
		// j and k scroll to the card smoothly unless motion is reduced (playwright.config.ts reduces it):
		// the day marked must hold while the page scrolls there, and once it has.
		test.use({ reducedMotion: 'no-preference' });

		test('j and k mark the card they move to', async ({ page, site: { path } }) => {
			await page.goto(path('/'));
			await ready(page);
			for (const [key, n] of [
				['j', 1],
				['j', 2],
				['j', 3],
				['j', 4],
				['k', 3]
			] as const) {
				await page.keyboard.press(key);
				await expect(cardLink(page, n)).toBeFocused();
				await expect.poll(() => markedDay(page)).toEqual([n]);
				// And it stays marked once the page has finished scrolling to it.
				await expect(card(page, n)).toBeInViewport();
				await expect.poll(() => markedDay(page)).toEqual([n]);
			}
		});
	});

	test('at the end of the page, the last card is the day marked', async ({
		page,
		site: { path }
	}) => {
		// Tall enough that the last cards can never reach the top of the reading area.
		await page.setViewportSize({ width: 1280, height: 2400 });
		await page.goto(path('/'));
		await ready(page);
		await page.evaluate(() =>
			window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
		);
		await expect.poll(() => markedDay(page)).toEqual([12]);
		await expect(marker(page, 12)).toHaveAttribute('aria-current', 'true');
	});
});
