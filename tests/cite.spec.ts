import type { Page } from '@playwright/test';
import { enCite } from '../src/lib/i18n/cite-en';
import { zhCite } from '../src/lib/i18n/cite-zh';
import { enPages } from '../src/lib/i18n/pages-en';
import { zhPages } from '../src/lib/i18n/pages-zh';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const CITE = { en: enCite, zh: zhCite };
const PAGES = { en: enPages, zh: zhPages };
/** The site's canonical origin (the build's SITE_ORIGIN). */
const ORIGIN = 'https://twelve-days.example';

/** The content's version and date, as /days.json gives them. */
async function contentVersion(page: Page) {
	const data = await (await page.request.get('/days.json')).json();
	return { version: data.contentVersion as string, updated: data.contentUpdated as string };
}

/** The citations in the open dialog, by format name, in the order shown. */
async function citations(page: Page) {
	const dialog = page.getByRole('dialog');
	const names = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
	const texts = await dialog.locator('.citation').allInnerTexts();
	return names.map((name, i) => [name, texts[i]!.trim()] as const);
}

test.describe('Cite', () => {
	// The reader's own calendar date: 31 January 2027 in Shanghai, still the 30th in UTC at 01:30.
	test.use({
		timezoneId: 'Asia/Shanghai',
		permissions: ['clipboard-read', 'clipboard-write']
	});

	test('a day’s Cite opens by keyboard: APA 7, GB/T 7714-2015 (first in Chinese) and BibTeX, each naming the page, the site, the content’s version and date, the URL and the day it was read; Copy copies; axe finds nothing in either theme', async ({
		page,
		site: { lang, ui, days, path }
	}) => {
		await page.clock.setFixedTime(new Date('2027-01-30T17:30:00Z'));
		const text = CITE[lang];
		const { version, updated } = await contentVersion(page);
		await page.goto(path('/day/12'));
		const cite = page.getByRole('button', { name: lang === 'zh' ? '引用' : 'Cite', exact: true });
		await expect(cite).toBeVisible();
		await cite.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', {
			name: lang === 'zh' ? '引用本页' : 'Cite this page'
		});
		await expect(dialog).toBeVisible();
		const title = ui.dayTitled(12, days[11]!.title);
		const url = `${ORIGIN}${path('/day/12')}`;
		const [year, month, day] = updated.split('-').map(Number) as [number, number, number];
		const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'].concat([
			'August',
			'September',
			'October',
			'November',
			'December'
		]);
		const apa = `${ui.siteName}. (${year}, ${MONTHS[month - 1]} ${day}). ${title} (Version ${version}). Retrieved January 31, 2027, from ${url}`;
		const gbt =
			lang === 'zh'
				? `十二天. 第 12 天：OpenAI o3 与 o3-mini[EB/OL]. ${version}版. (${updated})[2027-01-31]. ${url}.`
				: `Twelve Days. Day 12: OpenAI o3 and o3-mini[EB/OL]. Version ${version}. (${updated})[2027-01-31]. ${url}.`;
		const bibtex = [
			`@misc{twelvedays${lang === 'zh' ? '-zh' : ''}-day-12,`,
			`  author = {{${ui.siteName}}},`,
			`  title = {{${title}}},`,
			`  year = {${year}},`,
			`  version = {${version}},`,
			`  howpublished = {\\url{${url}}},`,
			`  url = {${url}},`,
			`  urldate = {2027-01-31},`,
			lang === 'zh'
				? `  note = {版本 ${version}，更新于 ${updated}；访问于 2027-01-31}`
				: `  note = {Version ${version}, last updated ${updated}; accessed 2027-01-31}`,
			'}'
		].join('\n');
		const shown = await citations(page);
		expect(shown).toEqual(
			lang === 'zh'
				? [
						['GB/T 7714-2015', gbt],
						['APA 7', apa],
						['BibTeX', bibtex]
					]
				: [
						['APA 7', apa],
						['GB/T 7714-2015', gbt],
						['BibTeX', bibtex]
					]
		);
		// The title is set in italics in APA.
		await expect(dialog.locator('.citation i').first()).toHaveText(title);
		// Focus starts on the first Copy; each copies its format.
		const first = shown[0]![0];
		await expect(dialog.getByRole('button', { name: `${text.copy} ${first}` })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		for (const [name, citation] of shown) {
			await dialog.getByRole('button', { name: `${text.copy} ${name}` }).click();
			await expect(dialog.getByRole('status')).toHaveText(text.copied(name));
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
		}
		// Tab stays inside; Escape closes it and gives focus back to Cite.
		await dialog.getByRole('button', { name: ui.close, exact: true }).focus();
		await page.keyboard.press('Tab');
		await expect(dialog.getByRole('button', { name: `${text.copy} ${first}` })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(cite).toBeFocused();
	});

	test('every key question, the verdict, the figures table and a compare page can be cited by its own title and address', async ({
		page,
		site: { lang, ui, path, themes }
	}) => {
		const pages = PAGES[lang];
		const cases: [string, string][] = [
			[`/theme/${themes[3]!.slug}`, themes[3]!.title],
			['/verdict', ui.verdict.heading],
			['/figures', pages.figures.title],
			['/compare/4-10', pages.compare.title(4, 10)]
		];
		for (const [at, title] of cases) {
			await test.step(at, async () => {
				await page.goto(path(at));
				await page.getByRole('button', { name: ui.cite, exact: true }).click();
				const dialog = page.getByRole('dialog');
				await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(CITE[lang].heading);
				const gbt = (await citations(page)).find(([name]) => name === 'GB/T 7714-2015')![1];
				expect(gbt).toContain(`${ui.siteName}. ${title}[EB/OL].`);
				expect(gbt).toMatch(new RegExp(`\\. ${ORIGIN.replace(/\./g, '\\.')}${path(at)}\\.$`));
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
			});
		}
	});
});

test.describe('the content’s version', { tag: '@both-editions' }, () => {
	test('the footer names the version and date that /days.json gives, in each language', async ({
		page
	}) => {
		const { version, updated } = await contentVersion(page);
		expect(version).toMatch(/^\d+\.\d+\.\d+$/);
		const [year, month, day] = updated.split('-').map(Number);
		const english = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		await page.goto('/');
		await expect(page.getByRole('contentinfo')).toContainText(
			`Content version ${version}, last updated ${english}.`
		);
		await page.goto('/zh/figures');
		await expect(page.getByRole('contentinfo')).toContainText(
			`内容版本 ${version}，最后更新于 ${year}年${month}月${day}日。`
		);
	});
});
