import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ready } from './support/timeline';

test.describe('the verdict', { tag: '@both-editions' }, () => {
	// The verdict's page as first loaded (head tags, CSP, axe, every link) is checked with every
	// other page in pages.spec.ts and no-js.spec.ts; here, the way to it and back, and its data.

	/** The overview's short verdict (its heading is an h2; the verdict's page has the h1). */
	const section = (page: Page) =>
		page
			.getByRole('region', { name: 'The verdict', exact: true })
			.filter({ has: page.getByRole('heading', { level: 2, name: 'The verdict' }) });

	test('the overview has a short verdict that opens its page in the explorer, and Close comes back', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		// The article's hedges stay: a view that seems mainstream, one practitioner's reason, an exception.
		await expect(section(page)).toContainText('what seems to be a mainstream view');
		await expect(section(page)).toContainText('One practitioner had expected GPT-5');
		await expect(section(page)).toContainText('o3 was an exception');
		// A marker on the window object survives only if no page load happens on the way.
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		await section(page).getByRole('link', { name: 'The verdict in full' }).click();
		await expect(page).toHaveURL('/verdict');
		await expect(page).toHaveTitle('The verdict · Twelve Days');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The verdict');
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		// The explorer stays beside it.
		await expect(page.getByRole('region', { name: 'The twelve days', exact: true })).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true
		);
		await page.getByRole('link', { name: /^Close/ }).click();
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twelve Days');
	});

	test('from the verdict, Close returns to the overview with the timeline’s zoom as it was', async ({
		page
	}) => {
		await page.goto('/verdict?from=2024-12-16T00:00&to=2024-12-21T00:00');
		await ready(page);
		await page.getByRole('link', { name: 'Close and return to the overview' }).click();
		await expect(page).toHaveURL('/?from=2024-12-16T00%3A00&to=2024-12-21T00%3A00');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twelve Days');
		await expect(section(page)).toBeVisible();
	});

	test('the verdict is reached and opened by keyboard alone, and Escape closes it', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const link = section(page).getByRole('link', { name: 'The verdict in full' });
		// Tab backwards from the end of the page until the link has focus.
		await page.getByRole('link', { name: 'days.json' }).focus();
		for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Shift+Tab');
		}
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/verdict');
		await expect(page.getByRole('heading', { level: 1, name: 'The verdict' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL('/');
	});

	test('each point names who judged it, quotes only their words, and cites its sources by number', async ({
		page
	}) => {
		await page.goto('/verdict');
		const points = page.getByRole('region', { name: 'Who judged what' }).getByRole('listitem');
		const expecting = points.filter({ hasText: 'Expecting GPT-5' });
		await expect(expecting).toContainText('An AI practitioner (unnamed)');
		// The speaker's own words are a <q>; the paraphrase around them is plain text.
		await expect(expecting.locator('q')).toHaveText('Is that it? Is that it?');
		await expect(page.locator('.verdict blockquote')).toHaveCount(0);
		// Unnamed speakers stay unnamed.
		await expect(points.filter({ hasText: 'Wide but thin' })).toContainText('Someone (unnamed)');
		// The GPT-5 report is checked against coverage of The Wall Street Journal, and says so.
		const gpt5 = points.filter({ hasText: 'GPT-5 in trouble' });
		await expect(gpt5).toContainText('Orion');
		const wsj = gpt5.getByRole('link', {
			name: /^Source \d+: GPT-5 development hits major setbacks/
		});
		await wsj.click();
		await expect(page).toHaveURL(/\/verdict#source-verdict-wsj-coverage$/);
		// The reference leads to the numbered list, where the source itself is linked.
		const listed = page
			.getByRole('region', { name: 'Sources' })
			.getByRole('listitem')
			.filter({ hasText: 'Notebookcheck' });
		await expect(listed).toBeInViewport();
		await expect(
			listed.getByRole('link', {
				name: 'GPT-5 development hits major setbacks as OpenAI runs out of training data',
				exact: true
			})
		).toHaveAttribute('href', /^https:\/\/www\.notebookcheck\.net\//);
	});

	test('/days.json carries the verdict as an additive field, in both languages', async ({
		request
	}) => {
		const response = await request.get('/days.json');
		expect(response.status()).toBe(200);
		const data = await response.json();
		// What was there before is unchanged in shape.
		expect(data.version).toBe(1);
		expect(data.days).toHaveLength(12);
		expect(Object.keys(data)).toEqual(
			expect.arrayContaining([
				'version',
				'name',
				'languages',
				'days',
				'themes',
				'people',
				'sources'
			])
		);
		expect(data.verdict.summary.en).toMatch(/One practitioner had expected GPT-5/);
		expect(data.verdict.summary.zh).toMatch(/一位从业者原以为会有 GPT-5/);
		const people = new Set(data.people.map((p: { id: string }) => p.id));
		expect(data.verdict.points.length).toBeGreaterThanOrEqual(5);
		for (const point of data.verdict.points) {
			expect(people.has(point.person), point.person).toBe(true);
			expect(point.argument.zh.length).toBeGreaterThan(0);
		}
		expect(data.verdict.sources[0].url).toMatch(/^https:\/\//);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the overview’s verdict links to its page, whose points and sources are all there', async ({
			page
		}) => {
			await page.goto('/');
			await section(page).getByRole('link', { name: 'The verdict in full' }).click();
			await expect(page).toHaveURL('/verdict');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('The verdict');
			await expect(
				page.getByRole('region', { name: 'Who judged what' }).getByRole('listitem')
			).toHaveCount(7);
			await page.getByRole('link', { name: 'Close and return to the overview' }).click();
			await expect(page).toHaveURL('/');
		});
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

		test('the verdict is a modal sheet with no axe violations', async ({ page }) => {
			// With reduced motion, where the timeline pans at once: opening the sheet once looped the
			// timeline's read-along effect (effect_update_depth_exceeded, an uncaught error here).
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('/');
			await ready(page);
			await section(page).getByRole('link', { name: 'The verdict in full' }).click();
			const dialog = page.getByRole('dialog', { name: 'The verdict' });
			await expect(dialog).toBeVisible();
			await expect(dialog).toHaveAttribute('aria-modal', 'true');
			expect(await axeViolations(page)).toEqual([]);
		});
	});

	test('the Chinese edition has its own verdict: section, page and way back, in Chinese', async ({
		page
	}) => {
		await page.goto('/zh');
		// Hydrated: the zoom buttons need JavaScript.
		await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
		const zhSection = page
			.getByRole('region', { name: '总评', exact: true })
			.filter({ has: page.getByRole('heading', { level: 2, name: '总评' }) });
		await expect(zhSection).toContainText('一种似乎是主流的看法');
		await expect(zhSection).toContainText('一位从业者原以为会有 GPT-5');
		await expect(zhSection).toContainText('o3 则是个例外');
		await zhSection.getByRole('link', { name: '完整总评' }).click();
		await expect(page).toHaveURL('/zh/verdict');
		await expect(page).toHaveTitle('总评 · 十二天');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('总评');
		const points = page.getByRole('region', { name: '谁作出了怎样的判断' }).getByRole('listitem');
		await expect(points).toHaveCount(7);
		const first = points.filter({ hasText: '本以为会有 GPT-5' });
		await expect(first).toContainText('一位 AI 从业者（未具名）');
		await expect(first.locator('q')).toHaveText('就这？就这？');
		await expect(points.filter({ hasText: '铺得广，做不深' })).toContainText('有人（未具名）');
		await page.getByRole('link', { name: '关闭并返回总览' }).click();
		await expect(page).toHaveURL('/zh');
	});
});
