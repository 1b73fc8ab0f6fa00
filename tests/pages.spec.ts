import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
	cspViolations,
	expectSafeExternalLinks,
	expectStrictCsp,
	recordCspViolations
} from './support/security';
import { ONE_OF_EACH_KIND, site, type Site } from './support/site';
import { dimmedDays, marker, ready } from './support/timeline';

test.describe('every page', { tag: '@prefix' }, () => {
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
	async function overviewContent(
		page: Page,
		{ ui, days, path, firstDate, lastDate, lang, base }: Site
	) {
		await expect(page).toHaveTitle(`${ui.siteName} · ${ui.tagline}`);
		const list = page.getByRole('region', { name: ui.theDays, exact: true }).getByRole('listitem');
		await expect(list).toHaveCount(12);
		for (const { n, title } of days) {
			const card = list.nth(n - 1);
			await expect(card).toContainText(ui.dayLabel(n));
			await expect(card.getByRole('link', { name: title, exact: true })).toHaveAttribute(
				'href',
				path(`/day/${n}`)
			);
		}
		await expect(list.first()).toContainText(firstDate);
		await expect(list.last()).toContainText(lastDate);
		await expect(list.last()).toContainText(ui.categories.model);
		const image = await meta(page, 'property="og:image"');
		const card = base + (lang === 'en' ? '/og/overview.png' : `/og/${lang}/overview.png`);
		expect(new URL(image!).pathname).toBe(card);
		expect(await pngSize(page, card)).toEqual([1200, 630]);
	}

	/** A day's page: its panel with every section, the way to its neighbours, and its preview card. */
	async function dayContent(page: Page, n: number, title: string, { ui, path, lang, base }: Site) {
		await expect(page).toHaveTitle(`${ui.dayLabel(n)} · ${title} · ${ui.siteName}`);
		// The server-rendered HTML already holds the open panel (comments are Svelte's hydration markers).
		const html = await (await page.request.get(path(`/day/${n}`))).text();
		const h1 = /<h1 id="day-title"[^>]*>(?:<!--[^>]*-->)*([^<]*)<\/h1>/.exec(html);
		expect(h1?.[1], 'the h1 in the first HTML').toBe(title.replace('&', '&amp;'));
		expect(html).toMatch(/<section[^>]*aria-labelledby="day-title"/);

		const panel = page.getByRole('region', { name: title, exact: true });
		await expect(panel.getByText(ui.dayOf(n, 12))).toBeVisible();
		for (const section of [ui.features, ui.figures, ui.commentary, ui.keyQuestions, ui.sources]) {
			await expect(panel.getByRole('heading', { level: 2, name: section })).toBeVisible();
		}
		const nav = panel.getByRole('navigation', { name: ui.dayNavigation });
		const previous = nav.getByRole('link', { name: new RegExp(ui.previousDay) });
		const next = nav.getByRole('link', { name: new RegExp(ui.nextDay) });
		if (n > 1) await expect(previous).toHaveAttribute('href', path(`/day/${n - 1}`));
		else await expect(previous).toHaveCount(0);
		if (n < 12) await expect(next).toHaveAttribute('href', path(`/day/${n + 1}`));
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
		const card = base + (lang === 'en' ? `/og/day-${n}.png` : `/og/${lang}/day-${n}.png`);
		expect(image).toBe(new URL(card, canonical!).href);
		expect(await meta(page, 'name="twitter:image"')).toBe(image);
		expect(await meta(page, 'property="og:image:width"')).toBe('1200');
		expect(await meta(page, 'property="og:image:height"')).toBe('630');
		expect(await meta(page, 'property="og:image:alt"')).toContain(title);
		// The image itself is shipped: a 1200x630 PNG.
		expect(await pngSize(page, card)).toEqual([1200, 630]);
	}

	/** A key question's page: the question, its commentary, its days, highlighted on the timeline. */
	async function themeContent(page: Page, theme: Site['themes'][number], { ui }: Site) {
		await expect(page).toHaveTitle(`${theme.title} · ${ui.keyQuestions} · ${ui.siteName}`);
		const panel = page.getByRole('region', { name: theme.title, exact: true });
		const dayLinks = panel.getByRole('region', { name: ui.themeDays }).getByRole('link');
		await expect(dayLinks).toHaveCount(theme.days.length);
		await expect(panel.getByRole('heading', { name: ui.themeCommentary })).toBeVisible();
		await ready(page);
		const all = Array.from({ length: 12 }, (_, i) => i + 1);
		await expect.poll(() => dimmedDays(page)).toEqual(all.filter((n) => !theme.days.includes(n)));
	}

	/** The verdict's page: its summary, attributed points, sources, and ways back to the overview. */
	async function verdictContent(page: Page, { ui, path, days, lang }: Site) {
		await expect(page).toHaveTitle(`${ui.verdict.heading} · ${ui.siteName}`);
		expect(await meta(page, 'property="og:type"')).toBe('article');
		const html = await (await page.request.get(path('/verdict'))).text();
		expect(html, 'the panel is in the first HTML').toMatch(
			new RegExp(`<h1 id="verdict-title"[^>]*>(?:<!--[^>]*-->)*${ui.verdict.heading}</h1>`)
		);
		// The overview beside it has a short verdict too; the panel is the one with the h1.
		const panel = page
			.getByRole('region', { name: ui.verdict.heading, exact: true })
			.filter({ has: page.getByRole('heading', { level: 1 }) });
		await expect(panel.getByText(ui.verdict.eyebrow)).toBeVisible();
		const points = panel.getByRole('region', { name: ui.verdict.points }).getByRole('listitem');
		await expect(points).toHaveCount(7);
		await expect(points.first()).toContainText(
			lang === 'zh' ? '一位 AI 从业者（未具名）' : 'An AI practitioner (unnamed)'
		);
		await expect(
			panel.getByRole('link', { name: ui.dayTitled(12, days[11]!.title) }).first()
		).toHaveAttribute('href', path('/day/12'));
		const sources = panel.getByRole('region', { name: ui.sources }).getByRole('listitem');
		await expect(sources.first()).toContainText(lang === 'zh' ? '极客公园' : 'GeekPark');
		await expect(panel.getByRole('link', { name: ui.closePanel })).toHaveAttribute(
			'href',
			path('/')
		);
	}

	// Each page is loaded once, and that load is checked for everything a page owes its reader:
	// content, head tags, a strict CSP it does not violate, safe outbound links, and no axe violations.
	// The pages are the same in both editions; each project fills in its own (the English paths name them).
	for (const [index, { path: englishPath }] of site('en').pages.entries()) {
		const themes = ONE_OF_EACH_KIND.includes(englishPath) ? 'in either theme' : 'in its panel';
		test(`${englishPath} is a complete page: content, head tags, strict CSP, safe outbound links, no axe violations ${themes}`, async ({
			page,
			site: edition
		}) => {
			// Under a prefix (project `base`), one page of each kind: the others are built the same way.
			test.skip(
				edition.base !== '' && !ONE_OF_EACH_KIND.includes(englishPath),
				'one page of each kind under a prefix'
			);
			const { path, heading } = edition.pages[index]!;
			await recordCspViolations(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

			await test.step('content', async () => {
				const day = edition.days.find(({ n }) => englishPath === `/day/${n}`);
				const theme = edition.themes.find(({ slug }) => englishPath === `/theme/${slug}`);
				if (day) await dayContent(page, day.n, day.title, edition);
				else if (theme) await themeContent(page, theme, edition);
				else if (englishPath === '/verdict') await verdictContent(page, edition);
				else await overviewContent(page, edition);
			});

			await test.step('head tags, built from the site origin', async () => {
				await expect(page.locator('html')).toHaveAttribute('lang', edition.tag);
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				expect(canonical).toMatch(/^https:\/\//);
				expect(new URL(canonical ?? '').pathname).toBe(path);
				// Each language version names the other, and English is the default.
				const alternate = (lang: string) =>
					page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
				const origin = new URL(canonical!).origin;
				const other = site(edition.other, edition.base);
				expect(await alternate(edition.tag)).toBe(canonical);
				expect(await alternate(other.tag)).toBe(origin + other.pages[index]!.path);
				expect(await alternate('x-default')).toBe(origin + edition.base + englishPath);
				expect(await meta(page, 'property="og:locale"')).toBe(
					edition.lang === 'zh' ? 'zh_CN' : 'en_GB'
				);
				expect(await meta(page, 'property="og:url"')).toBe(canonical);
				// A real sentence: Chinese says in 25 characters what English says in 50.
				const description = (await meta(page, 'name="description"')) ?? '';
				expect(description.length).toBeGreaterThanOrEqual(edition.lang === 'zh' ? 25 : 50);
				expect(await meta(page, 'property="og:title"')).toBe(await page.title());
				expect(await meta(page, 'name="twitter:card"')).toMatch(/summary/);
			});

			await test.step('oEmbed discovery: a day or the overview names its response', async () => {
				const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
				const day = /^\/day\/(\d+)$/.exec(englishPath)?.[1];
				if (!day && englishPath !== '/') return expect(link).toHaveCount(0);
				const href = new URL((await link.getAttribute('href'))!);
				const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
				expect(href.origin).toBe(new URL(canonical!).origin);
				expect(await link.getAttribute('title')).toBe(await page.title());
				const response = await page.request.get(href.pathname);
				expect(response.headers()['content-type']).toMatch(/^application\/json/);
				const oembed = await response.json();
				expect(oembed).toMatchObject({
					version: '1.0',
					type: 'rich',
					provider_name: edition.ui.siteName,
					thumbnail_url: await meta(page, 'property="og:image"')
				});
				const src = new URL(/<iframe src="([^"]+)"/.exec(oembed.html)![1]!);
				expect(src.pathname).toBe(edition.path(day ? `/embed/day/${day}` : '/embed'));
			});

			await test.step('a strict Content-Security-Policy', () => expectStrictCsp(page));

			await test.step('links to other sites give them no handle on this one', async () => {
				const external = await expectSafeExternalLinks(page);
				if (englishPath !== '/')
					expect(external, `${path} links to its sources`).toBeGreaterThan(0);
			});

			await ready(page);
			await test.step('axe finds nothing, in the light theme and in the dark', async () => {
				// One page of each kind is scanned whole, in both themes. On the others, what is theirs alone
				// is scanned: the panel. The explorer beside it (header, timeline, cards, footer) is the
				// same markup on every page of a kind, and the dark theme changes colour tokens only.
				if (!ONE_OF_EACH_KIND.includes(englishPath)) {
					expect(await axeViolations(page, '#panel')).toEqual([]);
					return;
				}
				expect(await axeViolations(page)).toEqual([]);
				await page.emulateMedia({ colorScheme: 'dark' });
				expect(await axeViolations(page)).toEqual([]);
			});

			// Zooming runs the same code on every page: one page of each kind.
			if (!ONE_OF_EACH_KIND.includes(englishPath)) return;
			await test.step('using the page does not violate the CSP', async () => {
				// Zooming makes d3 set styles.
				await page.getByRole('button', { name: edition.ui.timeline.zoomIn }).click();
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
		page,
		site: { ui, path: to, tag, days }
	}) => {
		await recordCspViolations(page);
		for (const path of BAD_PATHS.map(to)) {
			await test.step(path, async () => {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(404);
				await expect(page.locator('html')).toHaveAttribute('lang', tag);
				await expect(page).toHaveTitle(new RegExp(ui.notFoundTitle));
				await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
				await expect(page.getByRole('link', { name: ui.notFoundHome })).toHaveAttribute(
					'href',
					to('/')
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
		const list = page
			.getByRole('list')
			.filter({ has: page.getByRole('link', { name: ui.dayTitled(1, days[0]!.title) }) });
		await expect(list.getByRole('link')).toHaveCount(12);
		await list.getByRole('link', { name: ui.dayTitled(12, days[11]!.title) }).click();
		await expect(page).toHaveURL(to('/day/12'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[11]!.title);
		await page.goto(to('/nope'));
		await page.getByRole('link', { name: ui.notFoundHome }).click();
		await expect(page).toHaveURL(to('/'));
		await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
	});

	/** Content names day 12's test looks for, as each edition writes them. */
	const DAY_12 = {
		en: {
			gpqa: 'GPQA Diamond accuracy',
			codeforces: 'Codeforces rating',
			liu: 'Liu Zhiyuan',
			geekpark: /GeekPark/,
			audio: /audio input/i
		},
		zh: {
			gpqa: 'GPQA Diamond 准确率',
			codeforces: 'Codeforces 等级分',
			liu: '刘知远',
			geekpark: /极客公园/,
			audio: /音频输入/
		}
	};

	test('day 12 shows its figures as charts with their values in text, commentary, and notes where the record differs', async ({
		page,
		site: { ui, path, lang }
	}) => {
		const names = DAY_12[lang];
		await page.goto(path('/day/12'));
		const figures = page.getByRole('region', { name: ui.figures, exact: true });
		await expect(figures).toContainText('87.7');
		await expect(figures).toContainText('2727');
		await expect(figures.getByText(new RegExp(`${ui.noteLabel}[:：]`)).first()).toBeVisible();
		const gpqa = page.getByRole('list', { name: ui.chartLabel(names.gpqa) });
		await expect(gpqa.getByRole('listitem')).toHaveCount(3);
		await expect(gpqa.getByRole('listitem').first()).toHaveText(/o3\s*87\.7\s*%/);
		const codeforces = page.getByRole('list', {
			name: new RegExp(`^${ui.chartLabel(names.codeforces)}`)
		});
		await expect(codeforces).toContainText('2727');
		await expect(codeforces).toContainText('Mark Chen');
		await expect(page.getByRole('heading', { name: ui.notes })).toBeVisible();
		await expect(page.getByText(new RegExp(`^${ui.noteLabel}[:：]`)).first()).toBeVisible();
		const commentary = page.getByRole('region', { name: ui.commentary });
		await expect(commentary).toContainText(names.liu);
		await expect(commentary.getByRole('link', { name: names.geekpark }).first()).toHaveAttribute(
			'href',
			/^https:\/\/mp\.weixin\.qq\.com\//
		);
		await page.goto(path('/day/9'));
		await expect(
			page
				.getByRole('list', {
					name: new RegExp(`^${ui.chartLabel('')}.*${names.audio.source}`, 'i')
				})
				.first()
		).toContainText('100');
	});

	test('moving between days by the previous/next links works client-side', async ({
		page,
		site: { ui, path, days }
	}) => {
		await page.goto(path('/day/1'));
		await ready(page);
		// A page load would lose this marker and fetch a document; client-side routing does neither.
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const documents: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'document') documents.push(r.url());
		});
		await page.getByRole('link', { name: new RegExp(ui.nextDay) }).click();
		await expect(page).toHaveURL(path('/day/2'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[1]!.title);
		await expect(page).toHaveTitle(`${ui.dayLabel(2)} · ${days[1]!.title} · ${ui.siteName}`);
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true
		);
		expect(documents, 'documents fetched').toEqual([]);
	});
});
