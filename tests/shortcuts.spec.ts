import type { Page } from '@playwright/test';
import { shortcutText } from '../src/lib/i18n/shortcut-keys';
import { axeViolations } from './support/axe';
import { searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import { marker, ready } from './support/timeline';

const list = (page: Page) => page.getByRole('dialog', { name: siteOf(page).ui.shortcuts.title });

test('“?” lists every shortcut in a dialog, in the page’s language; keys stay in it, and Escape closes it (not the day) and returns focus', async ({
	page,
	site: { path: to, days, lang }
}) => {
	await page.goto(to('/day/3'));
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
	await expect(list(page).getByRole('definition')).toHaveText(Object.values(shortcutText[lang]));
	await expect(list(page).getByRole('definition').first()).toHaveText(
		lang === 'en' ? 'Search the days' : '搜索十二天'
	);
	expect(await axeViolations(page)).toEqual([]);

	// The page's own keys wait while the list is open: j does not step the cards.
	const scroll = await page.evaluate(() => scrollY);
	await page.keyboard.press('j');
	expect(await page.evaluate(() => scrollY)).toBe(scroll);

	await page.keyboard.press('Escape');
	await expect(list(page)).toBeHidden();
	await expect(page).toHaveURL(to('/day/3'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[2]!.title);
	await expect(marker(page, 5)).toBeFocused();
});

test.describe('in the dark theme', () => {
	test.skip(
		({ lang }) => lang === 'zh',
		'the header button, the focus trap and the theme are the same in Chinese; the test above reads the Chinese list and scans it with axe'
	);
	test.use({ colorScheme: 'dark' });

	test('the header’s “Keyboard shortcuts” button opens the list by keyboard; Tab never leaves it for the page, Close returns focus; typing “?” in the search box does not open it', async ({
		page,
		site: { path: to, ui }
	}) => {
		await page.goto(to('/'));
		await ready(page);
		await searchBox(page).focus();
		await page.keyboard.type('what?');
		await expect(searchBox(page)).toHaveValue('what?');
		await expect(list(page)).toHaveCount(0);

		const button = page.getByRole('button', { name: ui.shortcuts.title });
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
		await list(page).getByRole('button', { name: ui.close }).click();
		await expect(list(page)).toBeHidden();
		await expect(button).toBeFocused();
	});
});
