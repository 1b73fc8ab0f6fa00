import type { Page } from '@playwright/test';
import { enPages } from '../src/lib/i18n/pages-en';
import { zhPages } from '../src/lib/i18n/pages-zh';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectSafeExternalLinks, expectStrictCsp } from './support/security';
import { escapeRegExp, ready } from './support/timeline';

/** The compare pages' own text, per edition. */
const TEXT = { en: enPages.compare, zh: zhPages.compare };

/** A day's column of a compare page, by the day's title. */
const column = (page: Page, title: string) =>
	page.getByRole('region', { name: title, exact: true });

/** The bars of a shared chart, as text: "Day 1: o1 78 %". */
const bars = (page: Page, chart: string, label: (title: string) => string) =>
	page
		.getByRole('list', { name: label(chart), exact: true })
		.getByRole('listitem')
		.allInnerTexts()
		.then((items) => items.map((item) => item.replace(/\s+/g, ' ').trim()));

test.describe('two days side by side', { tag: '@prefix' }, () => {
	test('/compare/1-12 shows both days and puts o1 against o3 on one chart per shared measure; either day can change; axe finds nothing in either theme', async ({
		page,
		site: { ui, path, lang, days, base }
	}) => {
		const text = TEXT[lang];
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				const served = document.getElementById('compare-shared-heading')?.closest('section');
				(window as unknown as { served?: Element }).served = served ?? undefined;
			})
		);
		// A day's panel offers the other eleven (once the page runs: the router moves focus).
		await page.goto(path('/day/12'));
		await ready(page);
		const compareWith = page.getByRole('region', {
			name: lang === 'zh' ? '与其他日子对照' : 'Compare with…',
			exact: true
		});
		await expect(compareWith.getByRole('link')).toHaveCount(11);
		// Each named by its number and short title.
		await compareWith
			.getByRole('link', { name: ui.dayTitled(1, lang === 'zh' ? 'o1 与 Pro' : 'o1 & Pro') })
			.click();
		await expect(page).toHaveURL(path('/compare/1-12'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			lang === 'zh' ? '第 1 天与第 12 天对照' : 'Day 1 and day 12 side by side'
		);
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		// Hydrating adopts the comparison the server sent, as it is (not drawn again).
		await page.reload();
		await expect(page.getByRole('button', { name: ui.cite, exact: true })).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { served?: Element }).served?.isConnected)
		).toBe(true);

		// Each day: its date, category, what shipped, figures, what people said, key questions.
		const [first, twelfth] = [column(page, days[0]!.title), column(page, days[11]!.title)];
		await expect(first).toContainText(
			lang === 'zh' ? '2024年12月5日 星期四' : 'Thursday 5 December 2024'
		);
		await expect(twelfth).toContainText(
			lang === 'zh' ? '2024年12月20日 星期五' : 'Friday 20 December 2024'
		);
		for (const day of [first, twelfth]) {
			await expect(day).toContainText(ui.categories.model);
			for (const section of [ui.features, ui.figures, ui.commentary, ui.keyQuestions])
				await expect(
					day.getByRole('heading', { level: 3, name: section, exact: true })
				).toBeVisible();
		}
		await expect(twelfth).toContainText(lang === 'zh' ? '刘知远' : 'Liu Zhiyuan');

		// What both days measured shares one chart, on one scale: day 1's o1 against day 12's o3.
		const shared = page.getByRole('region', {
			name: lang === 'zh' ? '两天共有的衡量指标' : 'Measured on both days'
		});
		await expect(shared.getByRole('list')).toHaveCount(3);
		const day = (n: number, label: string) =>
			lang === 'zh' ? `第 ${n} 天：${label}` : `Day ${n}: ${label}`;
		const percent = (n: number, label: string, value: string) => `${day(n, label)} ${value} %`;
		expect(await bars(page, names[lang].gpqa, ui.chartLabel)).toEqual([
			percent(1, 'o1', '78'),
			percent(12, 'o3', '87.7')
		]);
		expect(await bars(page, names[lang].aime, ui.chartLabel)).toEqual([
			percent(1, 'o1', '83.3'),
			percent(12, 'o3', '96.7')
		]);
		const codeforces = await bars(page, names[lang].codeforces, ui.chartLabel);
		expect(codeforces[0]).toMatch(new RegExp(`^${escapeRegExp(day(1, 'o1'))}.*1891\\b`));
		expect(codeforces[1]).toMatch(new RegExp(`^${escapeRegExp(day(12, 'o3'))} 2727\\b`));
		// Bars are drawn to one scale: o1's 78 is 78/87.7 of o3's.
		const widths = await shared
			.getByRole('list', { name: ui.chartLabel(names[lang].gpqa) })
			.locator('.chart-bar')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
		expect(widths[0]! / widths[1]!).toBeCloseTo(78 / 87.7, 2);
		// With their sources, from day 12's figures.
		await expect(
			shared.getByRole('link', { name: new RegExp(`^${ui.sourceLabel} \\d`) }).first()
		).toBeVisible();

		await expectStrictCsp(page);
		expect(await expectSafeExternalLinks(page)).toBeGreaterThan(3);
		// axe, in both themes (a prefix changes no markup that axe reads: not again under one).
		if (!base) {
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'light' });
		}

		// Either day can change: day 1 for day 3, then day 12 for day 2.
		await first.getByText(text.change(1)).click();
		await first.getByRole('link', { name: ui.dayTitled(3, days[2]!.title) }).click();
		await expect(page).toHaveURL(path('/compare/3-12'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title(3, 12));
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		await expect(page.getByText(text.noShared)).toBeVisible();
		const twelfthAgain = column(page, days[11]!.title);
		await twelfthAgain.getByText(text.change(12)).click();
		await expect(twelfthAgain.getByRole('link')).toContainText([ui.dayTitled(1, days[0]!.title)]);
		await twelfthAgain.getByRole('link', { name: ui.dayTitled(2, days[1]!.title) }).click();
		await expect(page).toHaveURL(path('/compare/2-3'));
		await expect(column(page, days[1]!.title)).toBeVisible();
		await expect(column(page, days[2]!.title)).toBeVisible();
	});

	test('/compare/12-1 leads to /compare/1-12; a day with itself, day 0 and day 13 are 404s', async ({
		page,
		site: { ui, path, lang }
	}) => {
		const response = await page.goto(`${path('/compare/12-1')}?from=x#top`);
		expect(response?.status()).toBe(404);
		await expect(page).toHaveURL(`${path('/compare/1-12')}?from=x#top`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].title(1, 12));
		for (const bad of ['/compare/3-3', '/compare/0-5', '/compare/1-13', '/compare/13-1']) {
			const missing = await page.goto(path(bad));
			expect(missing?.status(), bad).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFoundTitle);
			expect(new URL(page.url()).pathname, `${bad} stays`).toBe(path(bad));
		}
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a compare page is a readable, linked document: both days, the shared charts, other days a click away', async ({
			page,
			site: { ui, path, lang, days }
		}) => {
			const text = TEXT[lang];
			await page.goto(path('/compare/1-12'));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title(1, 12));
			await expect(column(page, days[0]!.title)).toBeVisible();
			await expect(column(page, days[11]!.title)).toBeVisible();
			await expect(page.getByRole('list', { name: ui.chartLabel(names[lang].gpqa) })).toBeVisible();
			const first = column(page, days[0]!.title);
			await first.getByText(text.change(1)).click();
			await first.getByRole('link', { name: ui.dayTitled(5, days[4]!.title) }).click();
			await expect(page).toHaveURL(path('/compare/5-12'));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title(5, 12));
			await column(page, days[4]!.title)
				.getByRole('heading', { level: 2 })
				.getByRole('link')
				.click();
			await expect(page).toHaveURL(path('/day/5'));
		});
	});

	test(
		'on a phone the two days stand one above the other; on a laptop side by side',
		{ tag: '@root-only' },
		async ({ page, site: { path, days, lang } }) => {
			test.skip(lang === 'zh', 'box geometry: the same layout in both editions');
			const boxes = () =>
				Promise.all(
					[days[0]!.title, days[11]!.title].map((t) => column(page, t).boundingBox())
				).then((b) => b.map((box) => box!));
			await page.goto(path('/compare/1-12'));
			let [first, second] = await boxes();
			expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
			expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
			await page.setViewportSize({ width: 360, height: 740 });
			[first, second] = await boxes();
			expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
		}
	);
});

/** The shared charts' names, as each edition writes them. */
const names = {
	en: {
		gpqa: 'GPQA Diamond accuracy',
		aime: 'AIME 2024 accuracy',
		codeforces: 'Codeforces rating'
	},
	zh: { gpqa: 'GPQA Diamond 准确率', aime: 'AIME 2024 准确率', codeforces: 'Codeforces 等级分' }
};
