import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { THEMES } from './support/pages';

const marker = (page: Page, n: number) =>
	page.getByRole('link', { name: new RegExp(`^Day ${n}: `) });
const cards = (page: Page) =>
	page.getByRole('region', { name: 'The twelve days', exact: true }).getByRole('article');
const dimmed = (page: Page) =>
	page
		.locator('.markers li')
		.evaluateAll((items) =>
			items
				.filter((li) => li.classList.contains('dimmed'))
				.map((li) => Number(li.querySelector('a')!.dataset.day))
		);

async function ready(page: Page) {
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
}

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
		await expect
			.poll(() =>
				marker(page, 10).evaluate((el) => {
					const v = el.closest('.viewport')!.getBoundingClientRect();
					const r = el.getBoundingClientRect();
					return r.left >= v.left && r.right <= v.right;
				})
			)
			.toBe(true);
		// Still a two-day window.
		await expect(page).toHaveURL(/from=2024-12-(\d\d)T(\d\d)%3A(\d\d)&to=/);
		const url = new URL(page.url());
		const span =
			Date.parse(url.searchParams.get('to')! + 'Z') -
			Date.parse(url.searchParams.get('from')! + 'Z');
		expect(Math.abs(span - 2 * 86400000)).toBeLessThan(120000);
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
	for (const { slug, title, days } of THEMES) {
		test(`/theme/${slug} states the question, its commentary and its days, highlighted`, async ({
			page
		}) => {
			const response = await page.goto(`/theme/${slug}`);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveTitle(`${title} · Key questions · Twelve Days`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical!).pathname).toBe(`/theme/${slug}`);
			const panel = page.getByRole('region', { name: title, exact: true });
			const dayLinks = panel.getByRole('region', { name: 'Days it touches' }).getByRole('link');
			await expect(dayLinks).toHaveCount(days.length);
			await expect(panel.getByRole('heading', { name: 'What people said' })).toBeVisible();
			await ready(page);
			const all = Array.from({ length: 12 }, (_, i) => i + 1);
			await expect.poll(() => dimmed(page)).toEqual(all.filter((n) => !days.includes(n)));
		});
	}

	test('a day panel links to its question, and the question back to the day', async ({ page }) => {
		await page.goto('/day/3');
		await ready(page);
		const panel = page.getByRole('region', { name: 'Sora', exact: true });
		await panel
			.getByRole('region', { name: 'Key questions' })
			.getByRole('link', { name: 'Sora: weaker model, better tools' })
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
		const question = page.locator('#question-engine-and-deployment');
		await question.getByRole('button', { name: 'Highlight on the timeline' }).click();
		await expect(
			question.getByRole('button', { name: 'Highlighted on the timeline' })
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
		const box = page.getByRole('searchbox', { name: 'Search the twelve days' });
		await box.fill('storyboard');
		await expect(
			page.getByRole('status').filter({ hasText: '1 day matches “storyboard”.' })
		).toBeVisible();
		await expect(cards(page)).toHaveCount(1);
		await expect(cards(page).first()).toContainText('Sora');
		await expect(cards(page).first()).toContainText(/Matched in:.*feature\s*Storyboard/);
		await expect.poll(() => dimmed(page)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		await expect(page).toHaveURL(/q=storyboard/);
	});

	test('finds Chinese on an English page, ignoring case and accents', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const box = page.getByRole('searchbox', { name: 'Search the twelve days' });
		await box.fill('强化微调');
		await expect(cards(page).first()).toContainText('Reinforcement Fine-Tuning');
		await box.fill('WHATSAPP');
		await expect(cards(page)).toHaveCount(1);
		await expect(cards(page).first()).toContainText('1-800-CHATGPT');
		await box.fill('sorá');
		await expect(cards(page).first()).toContainText('Sora');
	});

	test('an empty result says so; Escape clears; / focuses the box', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('/');
		const box = page.getByRole('searchbox', { name: 'Search the twelve days' });
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
		await expect(page.getByRole('searchbox', { name: 'Search the twelve days' })).toHaveValue(
			'GPQA'
		);
		await expect(cards(page)).toHaveCount(1);
		await expect(cards(page).first()).toContainText('OpenAI o3 and o3-mini');
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
