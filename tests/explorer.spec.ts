import type { Page } from '@playwright/test';
import { card, cardLink, cards, cardTitles, question, searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { site } from './support/site';
import { dimmedDays as dimmed, expectInTimelineView, marker, ready } from './support/timeline';

test.describe('the explorer', { tag: '@prefix' }, () => {
	/** Scrolls card n to the top of the reading area, just below the pinned timeline. */
	async function scrollCardToTop(page: Page, n: number) {
		await card(page, n).evaluate((card) => card.closest('li')!.scrollIntoView({ block: 'start' }));
	}

	test.describe('scrolling through the days', () => {
		test(
			'the card in view is marked on the sticky timeline',
			{ tag: '@root-only' },
			async ({ page, site: { ui, path, lang } }) => {
				test.skip(lang === 'zh', 'scroll mechanics');
				await page.goto(path('/'));
				await ready(page);
				await scrollCardToTop(page, 7);
				await expect(marker(page, 7)).toHaveAttribute('aria-current', 'true');
				const timeline = await page
					.getByRole('region', { name: ui.timeline.heading })
					.boundingBox();
				expect(timeline!.y).toBeGreaterThanOrEqual(-1);
				expect(timeline!.y).toBeLessThan(5);
				await scrollCardToTop(page, 2);
				await expect(marker(page, 2)).toHaveAttribute('aria-current', 'true');
				await expect(marker(page, 7)).not.toHaveAttribute('aria-current', 'true');
			}
		);

		test(
			'the timeline pans to the day in view without changing the zoom',
			{ tag: '@root-only' },
			async ({ page, site: { path, lang } }) => {
				test.skip(lang === 'zh', 'scroll and view mechanics');
				await page.goto(path('/?from=2024-12-05T00:00&to=2024-12-07T00:00'));
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
			}
		);

		// With motion, as most readers have it, and reduced: there, every property once transitioned
		// for a frame (app.css), and the reader came back 79 px off.
		for (const reducedMotion of ['no-preference', 'reduce'] as const)
			test(`closing a panel returns the reader to where they were (motion: ${reducedMotion})`, async ({
				page,
				site: { ui, path, days, lang }
			}) => {
				test.skip(lang === 'zh', 'scroll mechanics');
				await page.emulateMedia({ reducedMotion });
				await page.goto(path('/'));
				await ready(page);
				await scrollCardToTop(page, 9);
				const before = await page.evaluate(() => window.scrollY);
				await page.getByRole('link', { name: days[8]!.title, exact: true }).click();
				await expect(page).toHaveURL(path('/day/9'));
				await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).click();
				await expect(page).toHaveURL(path('/'));
				expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
			});

		test(
			'j and k, and the arrow keys on a card, step through the cards',
			{ tag: '@root-only' },
			async ({ page, site: { path, days, lang } }) => {
				test.skip(lang === 'zh', 'keys that do not depend on text');
				await page.goto(path('/'));
				await ready(page);
				await page.keyboard.press('j');
				await expect(page.getByRole('link', { name: days[0]!.title, exact: true })).toBeFocused();
				await page.keyboard.press('j');
				await expect(page.getByRole('link', { name: days[1]!.title, exact: true })).toBeFocused();
				await page.keyboard.press('ArrowDown');
				await expect(page.getByRole('link', { name: days[2]!.title, exact: true })).toBeFocused();
				await expect(
					page.getByRole('link', { name: days[2]!.title, exact: true })
				).toBeInViewport();
				await page.keyboard.press('k');
				await page.keyboard.press('ArrowUp');
				await expect(page.getByRole('link', { name: days[0]!.title, exact: true })).toBeFocused();
			}
		);
	});

	test.describe('the four key questions', () => {
		// Each question's own page (its commentary, its days highlighted) is checked in pages.spec.ts.

		test('a key question’s page walks to the previous and next question, and none past the ends', async ({
			page,
			site: { ui, path, themes, lang }
		}) => {
			expect([ui.previousQuestion, ui.nextQuestion]).toEqual(
				lang === 'zh' ? ['上一个问题', '下一个问题'] : ['Previous question', 'Next question']
			);
			await page.goto(path(`/theme/${themes[0]!.slug}`));
			await ready(page);
			const nav = page.getByRole('navigation', { name: ui.questionNavigation });
			await expect(nav.getByRole('link', { name: new RegExp(ui.previousQuestion) })).toHaveCount(0);
			for (const theme of themes.slice(1)) {
				await nav.getByRole('link', { name: new RegExp(ui.nextQuestion) }).click();
				await expect(page).toHaveURL(path(`/theme/${theme.slug}`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.title);
				await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
			}
			await expect(nav.getByRole('link', { name: new RegExp(ui.nextQuestion) })).toHaveCount(0);
			await nav.getByRole('link', { name: new RegExp(ui.previousQuestion) }).click();
			await expect(page).toHaveURL(path(`/theme/${themes[2]!.slug}`));
		});

		test('a day panel links to its question, and the question back to the day', async ({
			page,
			site: { ui, path, days, themes, people }
		}) => {
			await page.goto(path('/day/3'));
			await ready(page);
			const panel = page.getByRole('region', { name: days[2]!.title, exact: true });
			await panel
				.getByRole('region', { name: ui.keyQuestions })
				.getByRole('link', { name: themes[2]!.title })
				.click();
			await expect(page).toHaveURL(path('/theme/sora-and-video'));
			await expect(page.getByText(people.tangJiayu).first()).toBeVisible();
			await page
				.getByRole('region', { name: ui.themeDays })
				.getByRole('link', { name: ui.dayTitled(3, days[2]!.title) })
				.click();
			await expect(page).toHaveURL(path('/day/3'));
		});

		test('a lens highlights a question’s days, lives in the URL, and can be cleared', async ({
			page,
			site: { ui, path, themes }
		}) => {
			await page.goto(path('/'));
			await ready(page);
			const engine = question(page, themes[1]!.title);
			await engine.getByRole('button', { name: ui.lens.show }).click();
			await expect(engine.getByRole('button', { name: ui.lens.showing })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			await expect.poll(() => dimmed(page)).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11]);
			await expect(page).toHaveURL(/lens=engine-and-deployment/);
			await expect(
				page.getByRole('status').filter({ hasText: ui.lens.active(themes[1]!.title) })
			).toBeVisible();
			await page.getByRole('button', { name: ui.lens.clear }).click();
			await expect.poll(() => dimmed(page)).toEqual([]);
			await expect(page).not.toHaveURL(/lens=/);
		});

		test(
			'a lens in the URL is applied on load; a bad one is ignored',
			{ tag: '@root-only' },
			async ({ page, site: { path, lang } }) => {
				test.skip(
					lang === 'zh',
					'the query is read the same way under /zh; the Chinese lens is tested above'
				);
				await page.goto(path('/?lens=sora-and-video'));
				await ready(page);
				await expect.poll(() => dimmed(page)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
				await page.goto(path('/?lens=%3Cscript%3E'));
				await ready(page);
				await expect.poll(() => dimmed(page)).toEqual([]);
			}
		);
	});

	test.describe('search', () => {
		test('filters the cards as the reader types, says why, and highlights the days', async ({
			page,
			site: { ui, path, days, lang }
		}) => {
			await page.goto(path('/'));
			await ready(page);
			const box = searchBox(page);
			await box.fill('storyboard');
			await expect(
				page.getByRole('status').filter({ hasText: ui.search.count(1, 'storyboard') })
			).toBeVisible();
			await expect(cardTitles(page)).toHaveText([days[2]!.title]);
			await expect(cards(page).first()).toContainText(
				new RegExp(`${ui.search.matchedIn}[:：].*${ui.search.kinds.feature}`)
			);
			await expect.poll(() => dimmed(page)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
			await expect(page).toHaveURL(/q=storyboard/);
			// The form is submitted by Enter or its button, which takes the reader to the first match.
			const submit = page
				.getByRole('search')
				.getByRole('button', { name: ui.search.submit, exact: true });
			await expect(submit).toHaveText(lang === 'zh' ? '搜索' : 'Search');
			await box.press('Enter');
			await expect(cardLink(page, 3)).toBeFocused();
			await expect(page).toHaveURL(path('/?q=storyboard'));
		});

		test('finds the other language’s words too, ignoring case and accents', async ({
			page,
			site: { ui, path, days, lang }
		}) => {
			await page.goto(path('/'));
			await ready(page);
			const box = searchBox(page);
			// Day 2 is reinforcement fine-tuning; day 9's commentary sets its updates beside it.
			const query = lang === 'en' ? '强化微调' : 'reinforcement fine-tuning';
			await box.fill(query);
			await expect(
				page.getByRole('status').filter({ hasText: ui.search.count(2, query) })
			).toBeVisible();
			await expect(cardTitles(page)).toHaveText([days[1]!.title, days[8]!.title]);
			await expect.poll(() => dimmed(page)).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
			await box.fill('WHATSAPP');
			await expect(cardTitles(page)).toHaveText([days[9]!.title]);
			await box.fill('sorá');
			await expect(cardTitles(page)).toHaveText([days[2]!.title]);
		});

		test(
			'an empty result says so; Escape clears; / focuses the box',
			{ tag: '@root-only' },
			async ({ page, site: { ui, path } }) => {
				await page.goto(path('/'));
				await ready(page);
				await page.keyboard.press('/');
				const box = searchBox(page);
				await expect(box).toBeFocused();
				await page.keyboard.type('zzqxj');
				await expect(
					page.getByRole('status').filter({ hasText: ui.search.count(0, 'zzqxj') })
				).toBeVisible();
				await expect(cards(page)).toHaveCount(0);
				await page.keyboard.press('Escape');
				await expect(box).toHaveValue('');
				await expect(cards(page)).toHaveCount(12);
				await expect(page).not.toHaveURL(/q=/);
			}
		);

		test('a search in the URL is shared: ?q= opens with its results', async ({
			page,
			site: { path, days }
		}) => {
			await page.goto(path('/?q=GPQA'));
			await ready(page);
			await expect(searchBox(page)).toHaveValue('GPQA');
			await expect(cardTitles(page)).toHaveText([days[11]!.title]);
		});
	});

	test('/days.json is the whole content as versioned open data in both languages', async ({
		request,
		lang,
		site: { base }
	}) => {
		test.skip(lang === 'zh', 'one file for both editions, read here in both languages');
		const response = await request.get(`${base}/days.json`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		const data = await response.json();
		expect(data.version).toBe(1);
		expect(data.languages).toEqual(['en', 'zh']);
		expect(data.days).toHaveLength(12);
		expect(data.days[11].title).toEqual({
			en: site('en').days[11]!.title,
			zh: site('zh').days[11]!.title
		});
		expect(data.themes.map((t: { slug: string }) => t.slug)).toEqual(
			site('en').themes.map((t) => t.slug)
		);
		expect(data.people.length).toBeGreaterThan(5);
	});
});
