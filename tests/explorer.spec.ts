import type { Page } from '@playwright/test';
import { cards, cardTitles, question, searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { THEMES } from './support/pages';
import { dimmedDays as dimmed, expectInTimelineView, marker, ready } from './support/timeline';

/** Scrolls card n to the top of the reading area, just below the pinned timeline. */
async function scrollCardToTop(page: Page, n: number) {
	await page.evaluate(
		(n) => document.getElementById(`card-${n}`)!.scrollIntoView({ block: 'start' }),
		n
	);
}

test.describe('scrolling through the days', () => {
	test('the card in view is marked on the sticky timeline', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollCardToTop(page, 7);
		await expect(marker(page, 7)).toHaveAttribute('aria-current', 'true');
		const timeline = await page
			.getByRole('region', { name: 'Timeline of the twelve days' })
			.boundingBox();
		expect(timeline!.y).toBeGreaterThanOrEqual(-1);
		expect(timeline!.y).toBeLessThan(5);
		await scrollCardToTop(page, 2);
		await expect(marker(page, 2)).toHaveAttribute('aria-current', 'true');
		await expect(marker(page, 7)).not.toHaveAttribute('aria-current', 'true');
	});

	test('the timeline pans to the day in view without changing the zoom', async ({ page }) => {
		await page.goto('/?from=2024-12-05T00:00&to=2024-12-07T00:00');
		await ready(page);
		await scrollCardToTop(page, 10);
		await expect(marker(page, 10)).toHaveAttribute('aria-current', 'true');
		await expectInTimelineView(page, marker(page, 10));
		// The address follows the pan (it is rewritten as the view moves, so poll for the end state),
		// and the window is still two days wide.
		const window = () => {
			const url = new URL(page.url());
			const from = url.searchParams.get('from') ?? '';
			const to = url.searchParams.get('to') ?? '';
			return {
				moved: from !== '2024-12-05T00:00',
				span: Date.parse(to + 'Z') - Date.parse(from + 'Z')
			};
		};
		await expect.poll(() => window().moved, 'the window in the URL moved').toBe(true);
		await expect
			.poll(() => Math.abs(window().span - 2 * 86400000), 'a two-day window, to the minute')
			.toBeLessThan(120000);
	});

	test('closing a panel returns the reader to where they were', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollCardToTop(page, 9);
		const before = await page.evaluate(() => window.scrollY);
		await page.getByRole('link', { name: 'Dev Day Holiday Edition', exact: true }).click();
		await expect(page).toHaveURL('/day/9');
		await page.getByRole('link', { name: /^Close/ }).click();
		await expect(page).toHaveURL('/');
		expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
	});

	test('j and k, and the arrow keys on a card, step through the cards', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('j');
		await expect(
			page.getByRole('link', { name: 'OpenAI o1 and o1 pro mode in ChatGPT', exact: true })
		).toBeFocused();
		await page.keyboard.press('j');
		await expect(
			page.getByRole('link', { name: 'Reinforcement Fine-Tuning', exact: true })
		).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('link', { name: 'Sora', exact: true })).toBeFocused();
		await expect(page.getByRole('link', { name: 'Sora', exact: true })).toBeInViewport();
		await page.keyboard.press('k');
		await page.keyboard.press('ArrowUp');
		await expect(
			page.getByRole('link', { name: 'OpenAI o1 and o1 pro mode in ChatGPT', exact: true })
		).toBeFocused();
	});
});

test.describe('the four key questions', () => {
	// Each question's own page (its commentary, its days highlighted) is checked in pages.spec.ts.

	test('a day panel links to its question, and the question back to the day', async ({ page }) => {
		await page.goto('/day/3');
		await ready(page);
		const panel = page.getByRole('region', { name: 'Sora', exact: true });
		await panel
			.getByRole('region', { name: 'Key questions' })
			.getByRole('link', { name: 'Sora: little progress since February, but the tools stand out' })
			.click();
		await expect(page).toHaveURL('/theme/sora-and-video');
		await expect(page.getByText('Tang Jiayu').first()).toBeVisible();
		await page
			.getByRole('region', { name: 'Days it touches' })
			.getByRole('link', { name: 'Day 3: Sora' })
			.click();
		await expect(page).toHaveURL('/day/3');
	});

	test('a lens highlights a question’s days, lives in the URL, and can be cleared', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const engine = question(page, 'An engine still needs a car');
		await engine.getByRole('button', { name: 'Highlight on the timeline' }).click();
		await expect(
			engine.getByRole('button', { name: 'Highlighted on the timeline' })
		).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => dimmed(page)).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11]);
		await expect(page).toHaveURL(/lens=engine-and-deployment/);
		await expect(
			page.getByRole('status').filter({ hasText: 'Highlighting the days of' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Clear highlight' }).click();
		await expect.poll(() => dimmed(page)).toEqual([]);
		await expect(page).not.toHaveURL(/lens=/);
	});

	test('a lens in the URL is applied on load; a bad one is ignored', async ({ page }) => {
		await page.goto('/?lens=sora-and-video');
		await ready(page);
		await expect.poll(() => dimmed(page)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		await page.goto('/?lens=%3Cscript%3E');
		await ready(page);
		await expect.poll(() => dimmed(page)).toEqual([]);
	});
});

test.describe('search', () => {
	test('filters the cards as the reader types, says why, and highlights the days', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const box = searchBox(page);
		await box.fill('storyboard');
		await expect(
			page.getByRole('status').filter({ hasText: '1 day matches “storyboard”.' })
		).toBeVisible();
		await expect(cardTitles(page)).toHaveText(['Sora']);
		await expect(cards(page).first()).toContainText(/Matched in:.*feature\s*Storyboard/);
		await expect.poll(() => dimmed(page)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		await expect(page).toHaveURL(/q=storyboard/);
	});

	test('finds Chinese on an English page, ignoring case and accents', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const box = searchBox(page);
		// Day 2 is reinforcement fine-tuning; day 9's Chinese commentary sets its updates beside it.
		await box.fill('强化微调');
		await expect(page.getByRole('status').filter({ hasText: '2 days match' })).toBeVisible();
		await expect(cardTitles(page)).toHaveText([
			'Reinforcement Fine-Tuning',
			'Dev Day Holiday Edition'
		]);
		await expect.poll(() => dimmed(page)).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
		await box.fill('WHATSAPP');
		await expect(cardTitles(page)).toHaveText(['1-800-CHATGPT']);
		await box.fill('sorá');
		await expect(cardTitles(page)).toHaveText(['Sora']);
	});

	test('an empty result says so; Escape clears; / focuses the box', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('/');
		const box = searchBox(page);
		await expect(box).toBeFocused();
		await page.keyboard.type('zzqxj');
		await expect(
			page.getByRole('status').filter({ hasText: 'No day matches “zzqxj”.' })
		).toBeVisible();
		await expect(cards(page)).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await expect(cards(page)).toHaveCount(12);
		await expect(page).not.toHaveURL(/q=/);
	});

	test('a search in the URL is shared: ?q= opens with its results', async ({ page }) => {
		await page.goto('/?q=GPQA');
		await ready(page);
		await expect(searchBox(page)).toHaveValue('GPQA');
		await expect(cardTitles(page)).toHaveText(['OpenAI o3 and o3-mini']);
	});
});

test('/days.json is the whole content as versioned open data in both languages', async ({
	request
}) => {
	const response = await request.get('/days.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const data = await response.json();
	expect(data.version).toBe(1);
	expect(data.languages).toEqual(['en', 'zh']);
	expect(data.days).toHaveLength(12);
	expect(data.days[11].title).toEqual({ en: 'OpenAI o3 and o3-mini', zh: expect.any(String) });
	expect(data.themes.map((t: { slug: string }) => t.slug)).toEqual(THEMES.map((t) => t.slug));
	expect(data.people.length).toBeGreaterThan(5);
});
