import type { Page } from '@playwright/test';
import { enPages } from '../src/lib/i18n/pages-en';
import { zhPages } from '../src/lib/i18n/pages-zh';
import { axeViolations } from './support/axe';
import { csvObjects } from './support/csv';
import { expect, test } from './support/fixtures';
import { expectSafeExternalLinks, expectStrictCsp } from './support/security';
import { registerSite, site } from './support/site';
import { ready } from './support/timeline';

/** The figures page's own text, per edition. */
const TEXT = { en: enPages.figures, zh: zhPages.figures };

/** The table of figures and its rows (the header row first). */
const table = (page: Page, caption: string) => page.getByRole('table', { name: caption });
/** What the rows of the table say they measure, in order. */
const measured = (page: Page, caption: string) =>
	table(page, caption).getByRole('rowheader').allInnerTexts();

test.describe('the table of key figures', { tag: '@prefix' }, () => {
	test('sorts by a header button, filters by day, category and key question, and keeps both in the address, across a reload and into the other language; axe finds nothing in either theme', async ({
		page,
		site: { ui, path, lang, other, days, tag, base }
	}) => {
		const text = TEXT[lang];
		// A day's Key figures lead to its rows of the table.
		await page.goto(path('/day/3'));
		await ready(page);
		// The header links the table, marked as the page the reader is on only there.
		const headerLink = page.getByRole('banner').getByRole('link', { name: ui.allFigures });
		await expect(headerLink).toHaveText(lang === 'zh' ? '全部关键数字' : 'All key figures');
		await expect(headerLink).not.toHaveAttribute('aria-current');
		const link = page.getByRole('region', { name: ui.figures, exact: true }).getByRole('link', {
			name: lang === 'zh' ? '全部关键数字一览' : 'All key figures, in one table'
		});
		await expect(link).toHaveAttribute('href', path('/figures?day=3#day-3'));
		await link.click();
		await expect(page).toHaveURL(path('/figures?day=3#day-3'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			lang === 'zh' ? '全部关键数字' : 'All key figures'
		);
		await expect(headerLink).toHaveAttribute('aria-current', 'page');
		const rows = table(page, text.caption).getByRole('row');
		const day = page.getByRole('combobox', { name: text.day, exact: true });
		await expect(day).toHaveValue('3');
		await expect(rows).toHaveCount(1 + 5);
		await expect(page.getByRole('status')).toHaveText(text.showing(5, 31));
		await page.getByRole('button', { name: text.clear }).click();
		await expect(rows).toHaveCount(1 + 31);
		await expect(page).toHaveURL((url) => url.search === '');

		// Sorting: the header's button, and aria-sort on the header says how.
		const header = (name: string) => table(page, text.caption).getByRole('columnheader', { name });
		const value = header(lang === 'zh' ? '数值' : 'Value');
		await expect(header(text.columns.day)).toHaveAttribute('aria-sort', 'ascending');
		await expect(value).not.toHaveAttribute('aria-sort');
		await value.getByRole('button').click();
		await expect(value).toHaveAttribute('aria-sort', 'ascending');
		await expect(header(text.columns.day)).not.toHaveAttribute('aria-sort');
		const [en, zh] = ['GPT-4o mini audio price', 'GPT-4o mini 音频价格'];
		expect((await measured(page, text.caption))[0]).toBe(lang === 'zh' ? zh : en);
		await value.getByRole('button').click();
		await expect(value).toHaveAttribute('aria-sort', 'descending');
		expect((await measured(page, text.caption))[0]).toBe(
			lang === 'zh' ? 'o3 在 ARC-AGI 上的成本（高算力）' : 'o3 cost on ARC-AGI, high-compute run'
		);
		await expect(page).toHaveURL(path('/figures?sort=value&order=desc'));

		// Filters: a day, a category, a key question, together.
		await day.selectOption({ label: ui.dayTitled(12, days[11]!.title) });
		await page
			.getByRole('combobox', { name: text.category, exact: true })
			.selectOption({ label: ui.categories.model });
		await expect(rows).toHaveCount(1 + 12);
		await expect(page).toHaveURL(path('/figures?sort=value&order=desc&day=12&category=model'));
		const question = page.getByRole('combobox', { name: text.question, exact: true });
		await question.selectOption('sora-and-video');
		await expect(page.getByText(text.none)).toBeVisible();
		await expect(rows).toHaveCount(1);
		await question.selectOption('depth-and-breadth');
		await expect(rows).toHaveCount(1 + 12);

		// A reload keeps the sort and the filters.
		const kept = page.url();
		await page.reload();
		await expect(value).toHaveAttribute('aria-sort', 'descending');
		await expect(rows).toHaveCount(1 + 12);
		await expect(day).toHaveValue('12');
		expect(page.url()).toBe(kept);

		await expectStrictCsp(page);
		expect(await expectSafeExternalLinks(page)).toBeGreaterThan(10);
		// axe, in both themes (a prefix changes no markup that axe reads: not again under one).
		if (!base) {
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page)).toEqual([]);
		}

		// So does the other language: the same rows, in its words.
		const there = site(other, base);
		await page.getByRole('link', { name: ui.otherLanguage, exact: true }).click();
		registerSite(page, there);
		await expect(page.locator('html')).not.toHaveAttribute('lang', tag);
		await expect(page).toHaveURL(
			there.path('/figures?sort=value&order=desc&day=12&category=model&question=depth-and-breadth')
		);
		await expect(table(page, TEXT[other].caption).getByRole('row')).toHaveCount(1 + 12);
		await expect(
			table(page, TEXT[other].caption).getByRole('columnheader', {
				name: TEXT[other].columns.value
			})
		).toHaveAttribute('aria-sort', 'descending');
	});

	test('an address with a bad sort or filter shows the whole table by day', async ({
		page,
		site: { path, lang }
	}) => {
		const text = TEXT[lang];
		await page.goto(path('/figures?sort=nope&order=up&day=13&category=x&question=%3Cb%3E'));
		await expect(page.getByRole('combobox', { name: text.day, exact: true })).toBeEnabled();
		await expect(table(page, text.caption).getByRole('row')).toHaveCount(1 + 31);
		await expect(
			table(page, text.caption).getByRole('columnheader', { name: text.columns.day })
		).toHaveAttribute('aria-sort', 'ascending');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the table is complete and readable, each day’s rows a link away, each day linked', async ({
			page,
			site: { ui, path, lang, days }
		}) => {
			const text = TEXT[lang];
			await page.goto(path('/figures'));
			const rows = table(page, text.caption).getByRole('row');
			await expect(rows).toHaveCount(1 + 31);
			// Every column has its header, and the table is sorted by day.
			for (const name of Object.values(text.columns))
				await expect(table(page, text.caption).getByRole('columnheader', { name })).toBeVisible();
			await expect(
				table(page, text.caption).getByRole('columnheader', { name: text.columns.day })
			).toHaveAttribute('aria-sort', 'ascending');
			// The filters need JavaScript: not shown. Each day's rows are a link away.
			await expect(page.getByRole('combobox')).toHaveCount(0);
			await page
				.getByRole('navigation', { name: text.jump })
				.getByRole('link', { name: ui.dayLabel(12), exact: true })
				.click();
			await expect(page).toHaveURL(path('/figures#day-12'));
			const first12 = page.locator('#day-12');
			await expect(first12).toBeInViewport();
			await expect(first12.getByRole('rowheader')).toHaveText(
				lang === 'zh' ? 'GPQA Diamond 准确率' : 'GPQA Diamond accuracy'
			);
			// A claim only the article makes says so, with its note.
			const claim = rows.filter({ hasText: lang === 'zh' ? '思考速度提升' : 'Faster thinking' });
			await expect(claim).toContainText(text.claim);
			await expect(claim).toContainText(`${ui.noteLabel}${ui.colon}`);
			await first12.getByRole('link', { name: ui.dayLabel(12), exact: true }).click();
			await expect(page).toHaveURL(path('/day/12'));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[11]!.title);
		});
	});
});

test.describe('figures.csv', { tag: '@both-editions' }, () => {
	test('each edition’s CSV opens as UTF-8 (a BOM), has one row per figure in stable columns, and says what /days.json says', async ({
		page,
		request
	}) => {
		const data = await (await request.get('/days.json')).json();
		const figures = data.days.flatMap(
			(day: { number: number; figures: Record<string, unknown>[] }) =>
				day.figures.map((figure) => ({ day, figure }))
		);
		expect(figures).toHaveLength(31);
		for (const lang of ['en', 'zh'] as const) {
			const { path } = site(lang);
			const response = await request.get(path('/figures.csv'));
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
			const bytes = await response.body();
			expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
			const csv = bytes.toString('utf8').slice(1);
			expect(csv.split('\r\n')[0]).toBe(
				'"day","date","day_title","category","figure","measure","label","value","unit","display","comparison","status","note","source_urls"'
			);
			const rows = csvObjects(csv);
			expect(rows).toHaveLength(31);
			rows.forEach((row, i) => {
				const { day, figure } = figures[i] as {
					day: {
						number: number;
						date: string;
						category: string;
						sources: { id: string; url: string }[];
					};
					figure: {
						id: string;
						measure: string;
						value: number;
						label: Record<string, string>;
						unit: Record<string, string>;
						unverified?: boolean;
						sources: string[];
					};
				};
				const shared = data.sources as { id: string; url: string }[];
				const url = (id: string) => [...day.sources, ...shared].find((s) => s.id === id)?.url;
				expect(row, `row ${i + 1}`).toMatchObject({
					day: String(day.number),
					date: day.date,
					category: day.category,
					figure: figure.id,
					measure: figure.measure,
					label: figure.label[lang],
					value: String(figure.value),
					unit: figure.unit[lang],
					status: figure.unverified ? 'unverified' : 'confirmed',
					source_urls: figure.sources.map(url).join(' ')
				});
			});
			// In each file's language: “Faster thinking” is 思考速度提升 in the Chinese one.
			const speed = rows.find((r) => r.figure === 'thinking-speed')!;
			expect(speed.label).toBe(lang === 'zh' ? '思考速度提升' : 'Faster thinking');
			expect(speed.status).toBe('unverified');
			// Linked from the page, and from About beside days.json.
			await page.goto(path('/figures'));
			await expect(
				page.getByRole('link', {
					name: lang === 'zh' ? '下载表格（CSV）' : 'Download the table (CSV)'
				})
			).toHaveAttribute('href', path('/figures.csv'));
			await expect(
				page.getByRole('contentinfo').getByRole('link', { name: 'figures.csv' })
			).toHaveAttribute('href', path('/figures.csv'));
		}
	});
});
