import { axeViolations } from './support/axe';
import { searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { marker, ready } from './support/timeline';

const list = (page: import('@playwright/test').Page) =>
	page.getByRole('dialog', { name: 'Keyboard shortcuts' });

test('“?” lists every shortcut in a dialog; keys stay in it, and Escape closes it (not the day) and returns focus', async ({
	page
}) => {
	await page.goto('/day/3');
	await ready(page);
	await marker(page, 5).focus();
	await page.keyboard.press('?');
	await expect(list(page)).toBeVisible();
	const keys = await list(page).getByRole('term').allInnerTexts();
	expect(keys.map((k) => k.replace(/\s+/g, ' ').trim())).toEqual([
		'/',
		'j / k',
		'↓ / ↑',
		'← / →',
		'Home / End',
		'Enter',
		'+ / - / 0',
		'Esc',
		'?'
	]);
	await expect(list(page).getByRole('definition')).toHaveText([
		'Search the days',
		'Next or previous day card',
		'Next or previous card, from a card',
		'Previous or next day, on the timeline',
		'First or last day, on the timeline',
		'Open the day in focus',
		'Zoom in, zoom out, reset, on the timeline',
		'Close a day, clear the search, close this list',
		'Show this list'
	]);
	expect(await axeViolations(page)).toEqual([]);

	// The page's own keys wait while the list is open: j does not step the cards.
	const scroll = await page.evaluate(() => scrollY);
	await page.keyboard.press('j');
	expect(await page.evaluate(() => scrollY)).toBe(scroll);

	await page.keyboard.press('Escape');
	await expect(list(page)).toBeHidden();
	await expect(page).toHaveURL('/day/3');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sora');
	await expect(marker(page, 5)).toBeFocused();
});

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });

	test('the header’s “Keyboard shortcuts” button opens the list by keyboard; Tab never leaves it for the page, Close returns focus; typing “?” in the search box does not open it', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await searchBox(page).focus();
		await page.keyboard.type('what?');
		await expect(searchBox(page)).toHaveValue('what?');
		await expect(list(page)).toHaveCount(0);

		const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(list(page)).toBeVisible();
		// A modal dialog: the page behind is inert, so Tab never reaches it (from the last control,
		// focus leaves for the browser's own controls, then comes back to the dialog).
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('Tab');
			const where = await list(page).evaluate((dialog) =>
				dialog.contains(document.activeElement)
					? 'dialog'
					: document.activeElement === document.body
						? 'browser'
						: document.activeElement!.outerHTML.slice(0, 80)
			);
			expect(['dialog', 'browser']).toContain(where);
		}
		expect(await axeViolations(page)).toEqual([]);
		await list(page).getByRole('button', { name: 'Close' }).click();
		await expect(list(page)).toBeHidden();
		await expect(button).toBeFocused();
	});
});
