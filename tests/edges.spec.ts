import { cardTitles, question, searchBox } from './support/explorer';
import { expect, expectConsoleError, test } from './support/fixtures';
import { escapeRegExp, ready, timeline } from './support/timeline';

test.describe('near misses and edges', { tag: '@prefix' }, () => {
	// Odd addresses and odd input: near misses of a real address, an absurdly long search, and the
	// small things around them (separators, the column edge, what Share shares).

	test.use({ reducedMotion: 'reduce' });

	test('a trailing slash or another case of a real address leads to that page', async ({
		page,
		site: { ui, path, days, themes }
	}) => {
		// A static host answers these with its 404 page; that page sends the reader on.
		for (const [asked, lands, title] of [
			[`${path('/day/12')}/`, path('/day/12'), days[11]!.title],
			[path('/DAY/3'), path('/day/3'), days[2]!.title],
			[`${path('/Theme/Super-App')}/?q=sora`, path(`/theme/${themes[3]!.slug}`), themes[3]!.title],
			[
				`${path('/day/5')}/?from=2024-12-09T00:00&to=2024-12-13T00:00`,
				path('/day/5'),
				days[4]!.title
			]
		] as const) {
			const response = await page.goto(asked);
			expect(response?.status(), asked).toBe(404);
			await expect(page, asked).toHaveURL((url) => url.pathname === lands);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			// Whatever else the address carried comes along.
			const params = (url: string) => Object.fromEntries(new URL(url, page.url()).searchParams);
			expect(params(page.url())).toEqual(params(asked));
		}
		// A day outside the twelve is still a 404, and says why.
		const response = await page.goto(path('/day/13'));
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFoundTitle);
		await expect(page.getByText(ui.notFoundDayRange)).toBeVisible();
		await expect(page.getByText(ui.notFoundBody)).toBeHidden();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the 404 page of a near miss says nothing untrue and links to every page', async ({
			page,
			site: { ui, path, days, themes }
		}) => {
			const response = await page.goto(`${path('/day/12')}/`);
			expect(response?.status()).toBe(404);
			// The file is the same for every unknown address: its text must fit any of them.
			await expect(page.getByText(ui.notFoundBody)).toBeVisible();
			await expect(page.getByText(ui.notFoundDayRange)).toBeHidden();
			const main = page.getByRole('main');
			await expect(
				main.getByRole('link', { name: ui.dayTitled(12, days[11]!.title) })
			).toHaveAttribute('href', path('/day/12'));
			await expect(main.getByRole('link', { name: themes[3]!.title })).toHaveAttribute(
				'href',
				path(`/theme/${themes[3]!.slug}`)
			);
		});
	});

	test(
		'a very long search wraps: the page never grows wider than the window',
		{ tag: '@root-only' },
		async ({ page, site: { ui, path } }) => {
			const query = 'x'.repeat(5000);
			await page.goto(path(`/?q=${query}`));
			await ready(page);
			const noMatch = escapeRegExp(ui.search.count(0, '\u0000')).replace('\u0000', '.*');
			const status = page.getByRole('status').filter({ hasText: new RegExp(noMatch) });
			await expect(status).toBeVisible();
			const kept = await searchBox(page).inputValue();
			expect(kept.length).toBeGreaterThan(20);
			expect(kept.length).toBeLessThanOrEqual(100);
			expect(await searchBox(page).getAttribute('maxlength')).toBe(String(kept.length));
			// The message quotes the query shortened.
			expect((await status.innerText()).length).toBeLessThan(100);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				1280
			);
			// Even on the narrowest phone.
			await page.setViewportSize({ width: 320, height: 640 });
			await expect(status).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				320
			);
			await page.setViewportSize({ width: 1280, height: 720 });
			// A long query that is typed (with spaces, so no word is cut) wraps in the status line.
			await searchBox(page).fill('zqxv wbnm '.repeat(9).trim());
			await expect(status).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				1280
			);
		}
	);

	test('when the search index cannot be loaded, the search says so, asks again only when the reader does, and works once it loads', async ({
		page,
		site: { path, lang, days }
	}) => {
		const failed = {
			en: 'Search is unavailable: the index could not be loaded.',
			zh: '搜索暂不可用：索引加载失败。'
		}[lang];
		const asked: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.endsWith('/days.json')) asked.push(request.url());
		});
		await page.route('**/days.json', (route) => route.fulfill({ status: 503, body: 'down' }));
		expectConsoleError(page, /Failed to load resource: .* 503/);
		// A query in the address loads the index: it fails, and the search says so.
		await page.goto(path('/?q=sora'));
		await ready(page);
		const status = page.getByRole('status').filter({ hasText: failed });
		await expect(status).toBeVisible();
		// Nothing asks again on its own (a few round trips to the page, in which a retry loop would
		// have fetched again many times).
		for (let i = 0; i < 5; i++) await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(asked).toHaveLength(1);
		await expect(status).toBeVisible();
		// The reader typing asks again, once.
		await searchBox(page).fill('sora video');
		await expect.poll(() => asked.length).toBe(2);
		await expect(status).toBeVisible();
		// Once the index can be loaded, the next query finds its day.
		await page.unroute('**/days.json');
		await searchBox(page).fill(days[2]!.title);
		await expect(status).toBeHidden();
		await expect(cardTitles(page)).toHaveText([days[2]!.title]);
	});

	test(
		'lists are separated in the language’s own punctuation, with a space in English',
		{ tag: '@root-only' },
		async ({ page, site: { ui, path, lang, themes } }) => {
			await page.goto(path('/'));
			expect(ui.listSeparator).toBe(lang === 'zh' ? '、' : ', ');
			for (const { title, days } of [themes[0]!, themes[3]!]) {
				const links = question(page, title)
					.getByRole('paragraph')
					.filter({ has: page.getByRole('link', { name: ui.dayLabel(days[0]!), exact: true }) });
				await expect(links).toHaveText(days.map((n) => ui.dayLabel(n)).join(ui.listSeparator));
			}
			// A figure's numbered sources: "Sources: 1, 3", "来源: 1、3".
			await page.goto(path('/day/9'));
			const cited = page
				.getByRole('region', { name: ui.figures })
				.getByRole('definition')
				.filter({ hasText: ui.sourceLabel })
				.filter({ has: page.getByRole('link').nth(1) })
				.first();
			const names = await cited.getByRole('link').allInnerTexts();
			expect(names.length).toBeGreaterThan(1);
			await expect(cited).toHaveText(new RegExp(`${escapeRegExp(names.join(ui.listSeparator))}$`));
		}
	);

	test(
		'Chinese pages punctuate with full-width marks and write every date one way',
		{ tag: '@root-only' },
		async ({ page, site: { path, lang } }) => {
			test.skip(lang === 'en', 'Chinese punctuation');
			for (const at of ['/', '/day/9', '/day/12', '/theme/super-app', '/verdict']) {
				await page.goto(path(at));
				// Every line of text a reader sees: a half-width colon, comma, semicolon or bracket
				// touching a Chinese character, or a date with spaces inside it ("2024 年 12 月").
				const found = await page.evaluate(() => {
					const halfWidth = /[\u3400-\u9fff]\s*[:,;()]|[:,;()]\s*[\u3400-\u9fff]/;
					const spacedDate = /\d\s+[年月日]|[年月]\s+\d/;
					const bad = [
						...document.querySelectorAll('p, li, dd, dt, figcaption, h1, h2, h3, a, button')
					]
						.map((element) => (element as HTMLElement).innerText)
						.filter((text) => halfWidth.test(text) || spacedDate.test(text))
						.map((text) => text.trim().slice(0, 120));
					return [...new Set(bad)];
				});
				expect(found, at).toEqual([]);
			}
			// As a reader sees them: sources "来源：1、2", a role "首席执行官，OpenAI", a date.
			await page.goto(path('/day/3'));
			await expect(page.getByText(/^来源：1、/).first()).toBeVisible();
			await expect(page.getByText('首席执行官，OpenAI').first()).toBeVisible();
			await page.goto(path('/'));
			await expect(page.getByText('2024年12月5日至20日').first()).toBeVisible();
		}
	);

	test(
		'on a phone the header keeps to two rows, the other language beside the site’s name',
		{ tag: '@root-only' },
		async ({ page, site: { path, ui } }) => {
			for (const width of [320, 390]) {
				await page.setViewportSize({ width, height: 700 });
				await page.goto(path('/'));
				const header = (await page.getByRole('banner').boundingBox())!;
				expect(header.height, `${width} px`).toBeLessThanOrEqual(100);
				const name = (await page.getByRole('link', { name: ui.siteName }).first().boundingBox())!;
				const other = (await page.getByRole('link', { name: ui.otherLanguage }).boundingBox())!;
				expect(Math.abs(other.y + other.height / 2 - (name.y + name.height / 2))).toBeLessThan(8);
			}
		}
	);

	test(
		'the header and the content share one column edge at every width',
		{ tag: '@root-only' },
		async ({ page, site: { ui, path, lang } }) => {
			test.skip(
				lang === 'zh',
				'box geometry; the Chinese layout is held by the width tests in timeline.spec.ts'
			);
			const brand = page.getByRole('banner').getByRole('link', { name: ui.siteName });
			const about = page.getByRole('contentinfo').getByRole('heading', { name: ui.about });
			/** How far the logo and the footer start from the content's left edge, in px. */
			const edges = async () => {
				const [logo, content, footer] = await Promise.all(
					[brand, timeline(page), about].map((l) => l.boundingBox())
				);
				return [Math.round(logo!.x - content!.x), Math.round(footer!.x - content!.x)];
			};
			await page.goto(path('/'));
			for (const width of [1280, 2560, 800, 360]) {
				await page.setViewportSize({ width, height: 800 });
				await expect.poll(edges, `${width} px wide`).toEqual([0, 0]);
			}
			await page.goto(path('/day/5'));
			for (const width of [1280, 2560]) {
				await page.setViewportSize({ width, height: 800 });
				await expect.poll(edges, `${width} px wide, a day open`).toEqual([0, 0]);
			}
		}
	);

	test.describe('Share', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

		test('shares this day, or this view with its zoom, lens and search, as the buttons say', async ({
			page,
			baseURL,
			site: { ui, path, themes }
		}) => {
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'share', { value: undefined });
			});
			const copied = () => page.evaluate(() => navigator.clipboard.readText());
			const view = '?from=2024-12-09T00%3A00&to=2024-12-13T00%3A00&lens=super-app';
			await page.goto(path(`/day/5${view}`));
			await ready(page);
			await page.getByRole('button', { name: ui.shareDay, exact: true }).click();
			await expect(page.getByRole('status').filter({ hasText: ui.linkCopied })).toBeVisible();
			expect(await copied()).toBe(`${baseURL}${path('/day/5')}`);
			await page.getByRole('button', { name: ui.shareView, exact: true }).click();
			await expect.poll(copied).toBe(`${baseURL}${path(`/day/5${view}`)}`);
			// With nothing zoomed or filtered there is no view to share apart from the day.
			await page.goto(path('/day/5'));
			await ready(page);
			await expect(page.getByRole('button', { name: ui.shareDay, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: ui.shareView, exact: true })).toHaveCount(0);
			await searchBox(page).fill('sora');
			await page.getByRole('button', { name: ui.shareView, exact: true }).click();
			await expect.poll(copied).toBe(`${baseURL}${path('/day/5?q=sora')}`);
			// A key question's page shares the question.
			await page.goto(path(`/theme/${themes[3]!.slug}`));
			await ready(page);
			await page.getByRole('button', { name: ui.shareQuestion, exact: true }).click();
			await expect.poll(copied).toBe(`${baseURL}${path(`/theme/${themes[3]!.slug}`)}`);
		});
	});
});
