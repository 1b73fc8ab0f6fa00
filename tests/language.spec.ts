import { searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { registerSite, site } from './support/site';
import { ready, tickLabels } from './support/timeline';

// Runs in both editions: from each, the switch leads to the other.

test('the language switch opens the same page in the other language, keeping the reader’s view', async ({
	page,
	site: { ui, path, other, tag }
}) => {
	const there = site(other);
	await page.goto(path('/?q=sora&lens=super-app'));
	await ready(page);
	await page.getByRole('button', { name: ui.timeline.zoomIn }).click();
	await expect(page).toHaveURL(/from=/);
	const zoomed = new URL(page.url()).searchParams;
	const link = page.getByRole('link', { name: ui.otherLanguage, exact: true });
	// Named in its own language, so a screen reader reads it in that language.
	await expect(link).toHaveAttribute('lang', there.tag);
	await expect(link).toHaveAttribute('hreflang', there.tag);
	await link.click();
	await expect(page.locator('html')).toHaveAttribute('lang', there.tag);
	registerSite(page, there);
	const url = new URL(page.url());
	expect(url.pathname).toBe(there.path('/'));
	for (const key of ['q', 'lens', 'from', 'to'])
		expect(url.searchParams.get(key)).toBe(zoomed.get(key));
	await ready(page);
	await expect(searchBox(page)).toHaveValue('sora');
	await expect(page.getByRole('button', { name: there.ui.lens.showing })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// And back again, to the same view.
	await page.getByRole('link', { name: there.ui.otherLanguage, exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', tag);
	expect(new URL(page.url()).pathname).toBe(path('/'));
	expect(new URL(page.url()).searchParams.get('from')).toBe(zoomed.get('from'));
});

test('a day and a key question switch to themselves; a 404 to the other overview', async ({
	page,
	site: { ui, path, other }
}) => {
	const there = site(other);
	await page.goto(path('/day/12'));
	await page.getByRole('link', { name: ui.otherLanguage, exact: true }).click();
	await expect(page).toHaveURL(there.path('/day/12'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(there.days[11]!.title);
	await page.goto(path('/theme/super-app'));
	await page.getByRole('link', { name: ui.otherLanguage, exact: true }).click();
	await expect(page).toHaveURL(there.path('/theme/super-app'));
	await page.goto(path('/day/13'));
	await expect(page.getByRole('link', { name: ui.otherLanguage, exact: true })).toHaveAttribute(
		'href',
		there.path('/')
	);
});

test.describe('the Chinese edition', () => {
	test.skip(({ lang }) => lang !== 'zh', 'spells out Chinese text: once, in the Chinese project');
	// Zoom steps land at once, so each zoom level's labels can be read as soon as they are drawn.
	test.use({ reducedMotion: 'reduce' });

	test('reads as Chinese: dates, times in Beijing, axis labels at every zoom, title and head tags', async ({
		page
	}) => {
		await page.goto('/zh/day/12');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page).toHaveTitle('第 12 天 · OpenAI o3 与 o3-mini · 十二天');
		const panel = page.getByRole('region', { name: 'OpenAI o3 与 o3-mini', exact: true });
		await expect(panel).toContainText('2024年12月20日 星期五');
		// 18:00 UTC on 20 December is 02:00 on the 21st in Beijing; the record says "about".
		await expect(panel).toContainText(
			'直播约于北京时间 12月21日 02:00 开始（美国太平洋时间 10:00）'
		);
		expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('zh_CN');
		await ready(page);
		// Every zoom level's labels are Chinese dates, or hours under a Chinese day label.
		const zoomIn = page.getByRole('button', { name: '放大' });
		for (let step = 0; step < 12; step++) {
			const labels = (await tickLabels(page)).join(' ');
			expect(labels, `after ${step} zoom steps`).toMatch(/\d+月\d+日|\d+日|周./);
			expect(labels, `after ${step} zoom steps`).not.toMatch(/Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun/);
			if ((await zoomIn.getAttribute('aria-disabled')) === 'true') break;
			await zoomIn.click();
			await expect.poll(() => tickLabels(page).then((l) => l.join(' '))).not.toBe(labels);
		}
	});

	test('search finds English words and shows Chinese results', async ({ page }) => {
		await page.goto('/zh');
		await ready(page);
		await searchBox(page).fill('storyboard');
		await expect(
			page.getByRole('status').filter({ hasText: '共有 1 天与“storyboard”匹配' })
		).toBeVisible();
		await expect(
			page
				.getByRole('region', { name: '十二天一览', exact: true })
				.getByRole('heading', { level: 3 })
		).toHaveText(['Sora']);
	});

	test('the sitemap and robots.txt list both editions', async ({ request }) => {
		const sitemap = await (await request.get('/sitemap.xml')).text();
		// 18 explorer pages, the figures table and the 66 pairs of days, in each language.
		expect(sitemap.match(/<loc>/g)).toHaveLength(170);
		expect(sitemap).toContain('/zh/day/12</loc>');
		expect(sitemap).toContain('/zh/figures</loc>');
		expect(sitemap).toContain('/compare/1-12</loc>');
		expect(sitemap).toContain('hreflang="zh-CN"');
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
	});
});
