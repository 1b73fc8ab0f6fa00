import type { Locator, Page } from '@playwright/test';
import { searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import { marker, ready, timeline } from './support/timeline';

test.describe('focus on opening and closing', { tag: '@no-language' }, () => {
	// Opening and closing a day (or a key question) from each kind of opener, by keyboard alone, as a
	// screen reader meets it: the open day comes first in the reading order with focus on its title,
	// and closing it puts focus back on what opened it, so that j, the arrow keys and Tab carry on.

	test.use({ reducedMotion: 'reduce' });

	/** A day card's link, in the list of days (a search narrows it). */
	const cardLink = (page: Page, n: number) =>
		page
			.getByRole('region', { name: siteOf(page).ui.theDays, exact: true })
			.getByRole('link', { name: siteOf(page).days[n - 1]!.title, exact: true });

	const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

	/** Presses a key until the target has focus (at most `limit` times). */
	async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 12) {
		for (let i = 0; i < limit && !(await isFocused(target)); i++) await page.keyboard.press(key);
		await expect(target).toBeFocused();
	}

	/** The headings of the page's main content, in the order a screen reader reads them. */
	const headings = (page: Page) => page.getByRole('main').getByRole('heading').allInnerTexts();

	/**
	 * A panel titled `title` is open at `path`: its h1 has focus, and it is the first thing read in
	 * the main content (before the timeline and the cards).
	 */
	async function expectOpenFirst(page: Page, path: string, title: string) {
		await expect(page).toHaveURL((url) => url.pathname === path);
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toHaveText(title);
		await expect(h1).toBeFocused();
		const order = await headings(page);
		expect(order[0], `first heading read: ${order.join(' | ')}`).toBe(title);
		expect(order.indexOf(siteOf(page).ui.timeline.heading)).toBeGreaterThan(0);
	}

	test('cards, Previous/Next and search results get focus back when their day closes', async ({
		page,
		site: { ui, path, days }
	}) => {
		await page.goto(path('/'));
		await ready(page);

		// A card reached with j: Enter opens its day, Escape returns to the card, j goes on.
		await pressUntilFocused(page, 'j', cardLink(page, 3));
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/day/3'), days[2]!.title);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(path('/'));
		await expect(cardLink(page, 3)).toBeFocused();
		await page.keyboard.press('j');
		await expect(cardLink(page, 4)).toBeFocused();

		// Walking on with Next: closing returns to the card of the day now open.
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/day/4'), days[3]!.title);
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('link', { name: new RegExp(ui.nextDay) })).toBeFocused();
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/day/5'), days[4]!.title);
		await page.keyboard.press('Escape');
		await expect(cardLink(page, 5)).toBeFocused();
		await page.keyboard.press('j');
		await expect(cardLink(page, 6)).toBeFocused();

		// A search result: the same card in the narrowed list, with the search kept.
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.type('sora');
		await expect(
			page.getByRole('status').filter({ hasText: ui.search.count(1, 'sora') })
		).toBeVisible();
		await pressUntilFocused(page, 'Tab', cardLink(page, 3), 4);
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/day/3'), days[2]!.title);
		await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).press('Enter');
		await expect(page).toHaveURL(path('/?q=sora'));
		await expect(cardLink(page, 3)).toBeFocused();
	});

	test('markers, key questions and the verdict get focus back when their page closes', async ({
		page,
		site: { ui, path, days, themes }
	}) => {
		await page.goto(path('/'));
		await ready(page);

		// A marker: Enter opens its day, Escape returns to the marker, the arrows go on from there.
		await marker(page, 1).focus();
		await pressUntilFocused(page, 'ArrowRight', marker(page, 6));
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/day/6'), days[5]!.title);
		await page.keyboard.press('Escape');
		await expect(marker(page, 6)).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(marker(page, 7)).toBeFocused();

		// A key question: its close control does not call it a day.
		const superApp = themes[3]!;
		const questionLink = page
			.getByRole('region', { name: ui.keyQuestions, exact: true })
			.getByRole('link', { name: superApp.title, exact: true });
		await questionLink.focus();
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path(`/theme/${superApp.slug}`), superApp.title);
		await expect(page.getByRole('link', { name: ui.closePanel, exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(questionLink).toBeFocused();

		// The verdict, from its section's link.
		const verdictLink = page.getByRole('link', { name: ui.verdict.readMore, exact: true });
		await verdictLink.focus();
		await page.keyboard.press('Enter');
		await expectOpenFirst(page, path('/verdict'), ui.verdict.heading);
		await page.keyboard.press('Escape');
		await expect(verdictLink).toBeFocused();
	});

	test('a day or a question opened by its address is read first, and the skip link leads to it', async ({
		page,
		site: { ui, path, days, themes }
	}) => {
		for (const [where, title] of [
			[path('/day/12'), days[11]!.title],
			[path(`/theme/${themes[3]!.slug}`), themes[3]!.title]
		] as const) {
			await page.goto(where);
			await ready(page);
			// One h1, the page's subject, read before the timeline and the cards.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			const order = await headings(page);
			expect(order[0], order.join(' | ')).toBe(title);
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: ui.skipToContent })).toBeFocused();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: ui.closePanel, exact: true })).toBeFocused();
		}
		// Closing a day opened by its address returns focus to its marker.
		await page.goto(path('/day/12'));
		await ready(page);
		await page.keyboard.press('Escape');
		await expect(marker(page, 12)).toBeFocused();
		await expect(timeline(page)).toBeVisible();
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });

		test('closing the sheet returns focus to the card that was tapped', async ({
			page,
			site: { ui, path, days }
		}) => {
			await page.goto(path('/'));
			await ready(page, { openControls: false });
			await cardLink(page, 3).tap();
			await expect(page.getByRole('dialog', { name: days[2]!.title })).toBeVisible();
			await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).tap();
			await expect(page.getByRole('dialog')).toHaveCount(0);
			await expect(cardLink(page, 3)).toBeFocused();
		});
	});
});
