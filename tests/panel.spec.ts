import type { Page } from '@playwright/test';
import { DAYS } from './support/days';
import { expect, test } from './support/fixtures';
import { marker, ready, tickLabels } from './support/timeline';

const panelHeading = (page: Page) => page.getByRole('heading', { level: 1 });

// Each day's page as first loaded (its panel in the first HTML, head tags, preview image) is
// checked in pages.spec.ts; here, opening, moving between and closing panels.

test('opening each of the twelve days from the timeline shows its panel and URL', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	for (const { n, title } of DAYS) {
		await marker(page, n).click();
		await expect(page).toHaveURL(`/day/${n}`);
		await expect(panelHeading(page)).toHaveText(title);
		await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
		// The explorer stays: the timeline and the day cards are still on the page.
		await expect(page.getByRole('region', { name: 'The twelve days', exact: true })).toBeVisible();
		await expect(marker(page, n)).toHaveAttribute('aria-current', 'page');
	}
});

test('opening a day from its card opens the panel without leaving the explorer', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	const scroll = await page.evaluate(() => {
		document.getElementById('card-title-9')!.scrollIntoView({ block: 'center' });
		return window.scrollY;
	});
	await page.getByRole('link', { name: 'Dev Day Holiday Edition', exact: true }).click();
	await expect(page).toHaveURL('/day/9');
	await expect(panelHeading(page)).toHaveText('Dev Day Holiday Edition');
	expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
});

test('Back closes the panel or returns to the previous day; Forward reopens', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await marker(page, 3).click();
	await expect(page).toHaveURL('/day/3');
	await page.getByRole('link', { name: /Next day/ }).click();
	await expect(page).toHaveURL('/day/4');
	await page.goBack();
	await expect(page).toHaveURL('/day/3');
	await expect(panelHeading(page)).toHaveText('Sora');
	await page.goBack();
	await expect(page).toHaveURL('/');
	await expect(panelHeading(page)).toHaveText('Twelve Days');
	await expect(page.getByRole('link', { name: /^Close/ })).toHaveCount(0);
	await page.goForward();
	await expect(page).toHaveURL('/day/3');
	await expect(panelHeading(page)).toHaveText('Sora');
});

test('Previous and Next walk all twelve days, and are absent at the ends', async ({ page }) => {
	await page.goto('/day/1');
	await ready(page);
	// A marker on the window object survives only if no page load happens on the way.
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await expect(page.getByRole('link', { name: /Previous day/ })).toHaveCount(0);
	for (const { n, title } of DAYS.slice(1)) {
		await page.getByRole('link', { name: /Next day/ }).click();
		await expect(page).toHaveURL(`/day/${n}`);
		await expect(panelHeading(page)).toHaveText(title);
	}
	await expect(page.getByRole('link', { name: /Next day/ })).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	for (const { n, title } of DAYS.slice(0, -1).reverse()) {
		await page.getByRole('link', { name: /Previous day/ }).click();
		await expect(page).toHaveURL(`/day/${n}`);
		await expect(panelHeading(page)).toHaveText(title);
	}
});

test('Close returns to the overview with the timeline as it was', async ({ page }) => {
	await page.goto('/day/5?from=2024-12-09T00:00&to=2024-12-13T00:00');
	await ready(page);
	await page.getByRole('link', { name: /^Close/ }).click();
	await expect(panelHeading(page)).toHaveText('Twelve Days');
	// The timeline is wider without the panel, but it shows the same window.
	await expect(page).toHaveURL('/?from=2024-12-09T00%3A00&to=2024-12-13T00%3A00');
	await expect.poll(async () => (await tickLabels(page))[0]).toMatch(/9 Dec|Mon 9 Dec/);
});

test('Escape closes the panel and focus returns to the day marker', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await marker(page, 6).click();
	await expect(panelHeading(page)).toHaveText('Santa Mode & Video in Advanced Voice');
	await expect(panelHeading(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL('/');
	await expect(marker(page, 6)).toBeFocused();
});

test('opening by keyboard focuses the heading; closing returns focus to the marker', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await marker(page, 1).focus();
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/day/12');
	await expect(panelHeading(page)).toBeFocused();
	await page.getByRole('link', { name: /^Close/ }).click();
	await expect(marker(page, 12)).toBeFocused();
});

test.describe('Share', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the exact day URL and says so', async ({ page, baseURL }) => {
		// Desktop Chromium on Linux has no Web Share API; make sure the copy path is the one tested.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', { value: undefined });
		});
		await page.goto('/day/7');
		await ready(page);
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/day/7`);
	});

	test('uses the Web Share API where the browser has one', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: (data: ShareData) => {
					(window as unknown as { shared: ShareData }).shared = data;
					return Promise.resolve();
				}
			});
		});
		await page.goto('/day/12');
		await ready(page);
		await page.getByRole('button', { name: 'Share' }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
			.toEqual({ title: 'OpenAI o3 and o3-mini', url: `${baseURL}/day/12` });
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });

	test('the panel is a full-height modal sheet and Tab never leaves it', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.getByRole('link', { name: 'Sora', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Sora' });
		await expect(dialog).toBeVisible();
		await expect(dialog).toHaveAttribute('aria-modal', 'true');
		const box = await dialog.boundingBox();
		expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 800 });
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() => {
				const active = document.activeElement;
				return !active || active === document.body || !!active.closest('[role="dialog"]');
			});
			expect(inside, `focus after ${i + 1} Tabs`).toBe(true);
		}
		await page.getByRole('link', { name: /^Close/ }).click();
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});
});
