import type { Page } from '@playwright/test';
import { contrast } from './support/contrast';
import { cards } from './support/explorer';
import { expect, test } from './support/fixtures';
import { ready, timeline } from './support/timeline';

test.describe('printing', { tag: '@no-language' }, () => {
	// A4 at 96 px to the inch, less app.css's 1.5 cm page margins: the width the printout is laid out at.
	const PAPER = { width: 680, height: 1009 };
	// The light theme's text colour: printouts are light whatever the screen shows.
	const INK = 'rgb(27, 31, 36)';
	// A narrow screen, too: the day's panel is a modal sheet there, which stops the page scrolling.
	test.use({ viewport: PAPER });

	/** What a printout must not have: controls, pinned parts, or anything running off the page. */
	async function expectPrintable(page: Page) {
		for (const role of ['button', 'combobox', 'searchbox', 'textbox'] as const) {
			await expect(
				page.getByRole(role).filter({ visible: true }),
				`no ${role} printed`
			).toHaveCount(0);
		}
		await expect(timeline(page)).toBeHidden();
		const problems = await page.evaluate(() =>
			[...document.querySelectorAll('body *')].flatMap((el) => {
				if (!el.checkVisibility()) return [];
				const { position } = getComputedStyle(el);
				const { right } = el.getBoundingClientRect();
				const name = `${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 40)}”`;
				return [
					...(position === 'sticky' || position === 'fixed' ? [`${name} is ${position}`] : []),
					...(right > innerWidth + 1 ? [`${name} runs off the page (${Math.round(right)} px)`] : [])
				];
			})
		);
		expect(problems).toEqual([]);
	}

	/**
	 * Prints the page to an A4 PDF and checks its page count against the printed layout's height: no
	 * content lost (a clipped page prints one sheet) and no run of near-empty sheets from bad breaks.
	 */
	async function expectSanePdf(page: Page) {
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		const pdf = await page.pdf({ format: 'A4' });
		const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
		const expected = height / PAPER.height;
		expect(sheets, `${sheets} sheets for ${Math.round(height)} px of print`).toBeGreaterThanOrEqual(
			Math.max(2, Math.floor(expected))
		);
		expect(sheets).toBeLessThanOrEqual(Math.ceil(expected * 1.25) + 1);
	}

	test('printing a day gives that day as a document: title, date, summary, features, figures with black-and-white-readable charts, commentary, sources with their URLs', async ({
		page,
		site: { path: to, days, ui, lastDate }
	}) => {
		// The reader chose the dark theme (the overview's test below has a dark system instead).
		await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
		await page.goto(to('/day/12'));
		await ready(page, { openControls: false });
		await page.emulateMedia({ media: 'print' });

		const day = page
			.getByRole('article')
			.filter({ has: page.getByRole('heading', { level: 1, name: days[11]!.title }) });
		await expect(day.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(day.getByText(lastDate, { exact: true })).toBeVisible();
		// The summary: the first paragraph after the date.
		await expect(day.locator('header p').last()).toBeVisible();
		for (const section of [ui.features, ui.figures, ui.commentary, ui.sources])
			await expect(day.getByRole('heading', { level: 2, name: section })).toBeVisible();
		// Only the day: not the overview around it.
		await expect(page.getByRole('region', { name: ui.theDays, exact: true })).toBeHidden();
		await expectPrintable(page);
		// Printed light whatever the screen's theme.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(INK);

		// Each source prints its address after its title.
		const sources = day.getByRole('region', { name: ui.sources }).getByRole('link');
		expect(await sources.count()).toBeGreaterThan(3);
		for (const link of await sources.all()) {
			const [href, after] = await link.evaluate((a) => [
				(a as HTMLAnchorElement).href,
				getComputedStyle(a, '::after').content
			]);
			expect(after).toBe(`" (${href})"`);
		}

		// Every figure keeps its chart on one page, and the bars print (backgrounds are kept) dark
		// enough against their tracks to read in black and white.
		const figures = day.getByRole('region', { name: ui.figures });
		const breaks = await figures
			.getByRole('term')
			.evaluateAll((terms) => terms.map((dt) => getComputedStyle(dt.parentElement!).breakInside));
		expect(breaks.length).toBeGreaterThan(5);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
		const bars = await figures.getByRole('list', { name: ui.chartLabel('') }).evaluateAll((lists) =>
			lists.flatMap((list) =>
				[...list.querySelectorAll('li [aria-hidden="true"]')].map((track) => {
					const bar = getComputedStyle(track.firstElementChild!);
					return {
						bar: bar.backgroundColor,
						track: getComputedStyle(track).backgroundColor,
						adjust: bar.printColorAdjust
					};
				})
			)
		);
		expect(bars.length).toBeGreaterThan(5);
		for (const { bar, track, adjust } of bars) {
			expect(adjust).toBe('exact');
			expect(contrast(bar, track)).toBeGreaterThanOrEqual(3);
		}

		await expectSanePdf(page);
	});

	test('printing the overview gives the introduction, the twelve days and the key questions, in order', async ({
		page,
		site: { path: to, days, themes, ui }
	}) => {
		await page.goto(to('/'));
		await ready(page, { openControls: false });
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

		await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
		await expectPrintable(page);
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(INK);
		const dayCards = cards(page);
		await expect(dayCards).toHaveCount(12);
		const questions = page
			.getByRole('region', { name: ui.keyQuestions, exact: true })
			.getByRole('heading', { level: 3 });
		await expect(questions).toHaveText(themes.map((t) => t.title));
		// Top to bottom: day 1 to day 12, then the four questions.
		const tops: number[] = [];
		for (const item of [...(await dayCards.all()), ...(await questions.all())]) {
			await expect(item).toBeVisible();
			tops.push((await item.boundingBox())!.y);
		}
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		await expect(dayCards.nth(11)).toContainText(days[11]!.title);

		await expectSanePdf(page);
	});
});
