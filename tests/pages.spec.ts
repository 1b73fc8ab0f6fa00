import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { DAYS } from './support/days';
import { expect, test } from './support/fixtures';
import { PAGES, THEMES } from './support/pages';
import {
	cspViolations,
	expectSafeExternalLinks,
	expectStrictCsp,
	recordCspViolations
} from './support/security';
import { dimmedDays, marker, ready } from './support/timeline';

const meta = (page: Page, attribute: string) =>
	page.locator(`meta[${attribute}]`).getAttribute('content');

/** Width and height of a PNG the site serves. */
async function pngSize(page: Page, url: string) {
	const png = await page.request.get(url);
	expect(png.status(), url).toBe(200);
	expect(png.headers()['content-type'], url).toBe('image/png');
	const body = await png.body();
	return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

/** What only the overview shows: the twelve days, each linking to its page. */
async function overviewContent(page: Page) {
	await expect(page).toHaveTitle(/^Twelve Days · /);
	const list = page
		.getByRole('region', { name: 'The twelve days', exact: true })
		.getByRole('listitem');
	await expect(list).toHaveCount(12);
	for (const { n, title } of DAYS) {
		const card = list.nth(n - 1);
		await expect(card).toContainText(`Day ${n}`);
		await expect(card.getByRole('link', { name: title, exact: true })).toHaveAttribute(
			'href',
			`/day/${n}`
		);
	}
	await expect(list.first()).toContainText('Thursday 5 December 2024');
	await expect(list.last()).toContainText('Friday 20 December 2024');
	await expect(list.last()).toContainText('Model');
	const image = await meta(page, 'property="og:image"');
	expect(new URL(image!).pathname).toBe('/og/overview.png');
	expect(await pngSize(page, '/og/overview.png')).toEqual([1200, 630]);
}

/** A day's page: its panel with every section, the way to its neighbours, and its preview card. */
async function dayContent(page: Page, n: number, title: string) {
	await expect(page).toHaveTitle(`Day ${n} · ${title} · Twelve Days`);
	// The server-rendered HTML already holds the open panel (comments are Svelte's hydration markers).
	const html = await (await page.request.get(`/day/${n}`)).text();
	const h1 = /<h1 id="day-title"[^>]*>(?:<!--[^>]*-->)*([^<]*)<\/h1>/.exec(html);
	expect(h1?.[1], 'the h1 in the first HTML').toBe(title.replace('&', '&amp;'));
	expect(html).toMatch(/<section[^>]*aria-labelledby="day-title"/);

	const panel = page.getByRole('region', { name: title, exact: true });
	await expect(panel.getByText(`Day ${n} of 12`)).toBeVisible();
	for (const section of [
		'What was released',
		'Key figures',
		'What the experts said',
		'Key questions',
		'Sources'
	]) {
		await expect(panel.getByRole('heading', { level: 2, name: section })).toBeVisible();
	}
	const nav = panel.getByRole('navigation', { name: 'Previous and next day' });
	const previous = nav.getByRole('link', { name: /Previous day/ });
	const next = nav.getByRole('link', { name: /Next day/ });
	if (n > 1) await expect(previous).toHaveAttribute('href', `/day/${n - 1}`);
	else await expect(previous).toHaveCount(0);
	if (n < 12) await expect(next).toHaveAttribute('href', `/day/${n + 1}`);
	else await expect(next).toHaveCount(0);
	await expect(marker(page, n)).toHaveAttribute('aria-current', 'page');

	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(await meta(page, 'property="og:type"')).toBe('article');
	expect(await meta(page, 'name="twitter:card"')).toBe('summary_large_image');
	expect((await meta(page, 'name="description"'))?.length).toBeGreaterThan(40);
	expect(await meta(page, 'property="og:description"')).toBe(
		await meta(page, 'name="description"')
	);
	const image = await meta(page, 'property="og:image"');
	expect(image).toBe(new URL(`/og/day-${n}.png`, canonical!).href);
	expect(await meta(page, 'name="twitter:image"')).toBe(image);
	expect(await meta(page, 'property="og:image:width"')).toBe('1200');
	expect(await meta(page, 'property="og:image:height"')).toBe('630');
	expect(await meta(page, 'property="og:image:alt"')).toContain(title);
	// The image itself is shipped: a 1200x630 PNG.
	expect(await pngSize(page, `/og/day-${n}.png`)).toEqual([1200, 630]);
}

/** A key question's page: the question, its commentary, its days, highlighted on the timeline. */
async function themeContent(page: Page, theme: (typeof THEMES)[number]) {
	await expect(page).toHaveTitle(`${theme.title} · Key questions · Twelve Days`);
	const panel = page.getByRole('region', { name: theme.title, exact: true });
	const dayLinks = panel.getByRole('region', { name: 'Days it touches' }).getByRole('link');
	await expect(dayLinks).toHaveCount(theme.days.length);
	await expect(panel.getByRole('heading', { name: 'What people said' })).toBeVisible();
	await ready(page);
	const all = Array.from({ length: 12 }, (_, i) => i + 1);
	await expect.poll(() => dimmedDays(page)).toEqual(all.filter((n) => !theme.days.includes(n)));
}

// Each page is loaded once, and that load is checked for everything a page owes its reader:
// content, head tags, a strict CSP it does not violate, safe outbound links, and no axe violations.
for (const { path, heading } of PAGES) {
	test(`${path} is a complete page: content, head tags, strict CSP, safe outbound links, no axe violations in either theme`, async ({
		page
	}) => {
		await recordCspViolations(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

		await test.step('content', async () => {
			const day = DAYS.find(({ n }) => path === `/day/${n}`);
			const theme = THEMES.find(({ slug }) => path === `/theme/${slug}`);
			if (day) await dayContent(page, day.n, day.title);
			else if (theme) await themeContent(page, theme);
			else await overviewContent(page);
		});

		await test.step('head tags, built from the site origin', async () => {
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(canonical).toMatch(/^https:\/\//);
			expect(new URL(canonical ?? '').pathname).toBe(path);
			expect(await meta(page, 'property="og:url"')).toBe(canonical);
			expect(await meta(page, 'name="description"')).toMatch(/^.{50,}$/);
			expect(await meta(page, 'property="og:title"')).toBe(await page.title());
			expect(await meta(page, 'name="twitter:card"')).toMatch(/summary/);
		});

		await test.step('a strict Content-Security-Policy', () => expectStrictCsp(page));

		await test.step('links to other sites give them no handle on this one', async () => {
			const external = await expectSafeExternalLinks(page);
			if (path !== '/') expect(external, `${path} links to its sources`).toBeGreaterThan(0);
		});

		await ready(page);
		await test.step('axe finds nothing, in the light theme and in the dark', async () => {
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page)).toEqual([]);
		});

		await test.step('using the page does not violate the CSP', async () => {
			// Zooming makes d3 set styles.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await expect(page).toHaveURL(/from=/);
			expect(await cspViolations(page)).toEqual([]);
		});
	});
}

const BAD_PATHS = [
	'/day/0',
	'/day/13',
	'/day/abc',
	'/day/1.5',
	'/day/01',
	'/day/3/extra',
	'/day/3/extra/deeper',
	'/nope',
	'/day/',
	'/404'
];

test('every bad path is a real 404 page: styled at any depth, strict CSP, a way back, no axe violations in either theme', async ({
	page
}) => {
	await recordCspViolations(page);
	for (const path of BAD_PATHS) {
		await test.step(path, async () => {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page).toHaveTitle(/Page not found/);
			await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute(
				'href',
				'/'
			);
			// Its styles load however deep the path is.
			const stylesheets = await page
				.locator('link[rel="stylesheet"]')
				.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
			expect(stylesheets.length).toBeGreaterThan(0);
			for (const href of stylesheets) expect(href).toMatch(/^\//);
			const background = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			expect(background, path).toBe('rgb(246, 247, 249)');
			await expectStrictCsp(page);
			expect(await cspViolations(page)).toEqual([]);
		});
	}
	// The 404 document is the same file at every path: one scan per theme covers them all.
	expect(await axeViolations(page)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axeViolations(page)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
	const days = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Day 1:/ }) });
	await expect(days.getByRole('link')).toHaveCount(12);
	await days.getByRole('link', { name: /^Day 12:/ }).click();
	await expect(page).toHaveURL('/day/12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI o3 and o3-mini');
	await page.goto('/nope');
	await page.getByRole('link', { name: 'Go to the overview' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
});

test('day 12 shows its figures as charts with their values in text, commentary, and notes where the record differs', async ({
	page
}) => {
	await page.goto('/day/12');
	const figures = page.getByRole('region', { name: 'Key figures', exact: true });
	await expect(figures).toContainText('87.7');
	await expect(figures).toContainText('2727');
	await expect(figures.getByText(/Note:/).first()).toBeVisible();
	const gpqa = page.getByRole('list', { name: 'Comparison: GPQA Diamond accuracy' });
	await expect(gpqa.getByRole('listitem')).toHaveCount(3);
	await expect(gpqa.getByRole('listitem').first()).toHaveText(/o3\s*87\.7\s*%/);
	const codeforces = page.getByRole('list', { name: /^Comparison: Codeforces rating/ });
	await expect(codeforces).toContainText('2727');
	await expect(codeforces).toContainText('Mark Chen');
	await expect(
		page.getByRole('heading', { name: 'Where the record differs from the article' })
	).toBeVisible();
	await expect(page.getByText(/^Note:/).first()).toBeVisible();
	const commentary = page.getByRole('region', { name: 'What the experts said' });
	await expect(commentary).toContainText('Liu Zhiyuan');
	await expect(commentary.getByRole('link', { name: /GeekPark/ }).first()).toHaveAttribute(
		'href',
		/^https:\/\/mp\.weixin\.qq\.com\//
	);
	await page.goto('/day/9');
	await expect(
		page.getByRole('list', { name: /^Comparison: .*audio input/i }).first()
	).toContainText('100');
});

test('moving between days by the previous/next links works client-side', async ({ page }) => {
	await page.goto('/day/1');
	await ready(page);
	// A page load would lose this marker and fetch a document; client-side routing does neither.
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	const documents: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'document') documents.push(r.url());
	});
	await page.getByRole('link', { name: /Next day/ }).click();
	await expect(page).toHaveURL('/day/2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement Fine-Tuning');
	await expect(page).toHaveTitle('Day 2 · Reinforcement Fine-Tuning · Twelve Days');
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	expect(documents, 'documents fetched').toEqual([]);
});
