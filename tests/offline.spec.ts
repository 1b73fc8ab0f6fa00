import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { localeOf } from '../src/lib/paths/editions';
import { EVERY_PAGE } from '../src/lib/paths/page-paths';
import { axeViolations } from './support/axe';
import { cardTitles, searchBox } from './support/explorer';
import { expect, expectConsoleError, test as base } from './support/fixtures';
import { registerSite, site as siteIn, type Lang } from './support/site';
import { startSite, type StaticSite } from './support/static-site';
import { ready } from './support/timeline';

// Each test gets its own copy of the built site on its own server, which it can change (a new
// build) or stop (no network at all, on top of Chromium's offline mode), and its own worker.
const test = base.extend<{ host: StaticSite }>({
	// eslint-disable-next-line no-empty-pattern
	host: async ({}, use) => {
		const host = await startSite();
		await use(host);
		await host.close();
	},
	baseURL: async ({ host }, use) => use(host.origin)
});
// The rest of the suite blocks workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * The footer's offline note, spelt out in each language ("N" is a size in KB, which the tests
 * check against the build).
 */
const NOTE = {
	en: {
		kept: /^This site works offline after one visit: your browser keeps the overview, the twelve days, the key questions and the verdict of the English edition \(about (\d+) KB\), and the search once you have used it\.$/,
		keptBoth:
			/^This site works offline after one visit: your browser keeps the overview, the twelve days, the key questions and the verdict of the English and Chinese editions \(about (\d+) KB\), and the search once you have used it\.$/,
		keep: /^Keep the English edition offline \(about (\d+) KB\)$/,
		keepOther: /^Keep the Chinese edition offline too \(about (\d+) KB\)$/,
		doneOther: 'The Chinese edition is kept: it opens offline too.',
		savingData:
			'Your browser asks to save data: only the pages you open are kept for reading offline.'
	},
	zh: {
		kept: /^本站访问一次后即可离线使用：你的浏览器已保存中文版的概览、十二天、关键问题和总评页面（约 (\d+) KB），搜索功能在你用过一次后也可离线使用。$/,
		keptBoth:
			/^本站访问一次后即可离线使用：你的浏览器已保存中文版和英文版的概览、十二天、关键问题和总评页面（约 (\d+) KB），搜索功能在你用过一次后也可离线使用。$/,
		keep: /^离线保存中文版（约 (\d+) KB）$/,
		keepOther: /^同时离线保存英文版（约 (\d+) KB）$/,
		doneOther: '英文版已保存，离线时也能打开。',
		savingData: '你的浏览器要求节省流量：只保存你打开过的页面，供离线阅读。'
	}
} satisfies Record<Lang, unknown>;

/** What a page that is not kept says offline, spelt out in each language. */
const OFFLINE = {
	en: { title: 'You are offline', body: /has not been kept on this device/ },
	zh: { title: '你现在处于离线状态', body: /还没有保存在本设备上/ }
} satisfies Record<Lang, unknown>;

/** What keeping files downloads from a host that gzip-compresses them, in KiB: from build/. */
const build = new URL('../build/', import.meta.url).pathname;
const filesIn = (dir: string): string[] =>
	readdirSync(join(build, dir)).flatMap((name) =>
		statSync(join(build, dir, name)).isDirectory() ? filesIn(join(dir, name)) : [join(dir, name)]
	);
const gzipKiB = (files: string[]) =>
	files.reduce(
		(sum, file) => sum + gzipSync(readFileSync(join(build, file)), { level: 9 }).length,
		0
	) / 1024;
/**
 * An edition's reading pages and 404 (their HTML: not the embeds, the table of key figures or the
 * comparisons of two days), and the scripts, styles and icon both share (the scripts and styles the
 * build lists for the reading pages).
 */
const kib = {
	pages: (lang: Lang) =>
		gzipKiB(
			filesIn('.').filter(
				(file) =>
					file.endsWith('.html') &&
					!/(^|\/)(embed|compare|figures)(\/|\.html)/.test(file) &&
					localeOf(`/${file.replace(/\.html$/, '')}`) === lang
			)
		),
	shared: () =>
		gzipKiB([
			...(JSON.parse(readFileSync(join(build, '_app/reading-files.json'), 'utf8')) as string[]),
			'favicon.svg'
		])
};
/** A size the note states ("about 410 KB") is the one measured, to within 10%. */
function expectSize(stated: RegExpMatchArray | null, measured: number) {
	expect(stated, 'the note states a size').not.toBeNull();
	expect(Math.abs(Number(stated![1]) - measured) / measured).toBeLessThan(0.1);
}

/** Waits until the offline worker controls the page, i.e. it has installed and taken over. */
async function controlled(page: Page) {
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
			timeout: 15_000
		})
		.toBe('activated');
}

/**
 * The footer's note on offline reading: its first paragraph says what the browser keeps. (It comes
 * once the worker has answered, when the footer is near the screen: scroll there first.)
 */
const note = (page: Page) =>
	page
		.getByRole('contentinfo')
		.getByRole('paragraph')
		.filter({
			hasText: /offline|离线/
		});

/** Fetches paths from inside the page (so through its worker): the status and type of each, or its error. */
const fetchAll = (page: Page, paths: string[]) =>
	page.evaluate(
		(paths) =>
			Promise.all(
				paths.map((path) =>
					fetch(path).then(
						(response) => `${path} ${response.status} ${response.headers.get('content-type')}`,
						(error) => `${path} ${error}`
					)
				)
			),
		paths
	);

/** The paths of what the worker keeps. */
const kept = (page: Page) =>
	page.evaluate(async () => {
		const paths = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		return paths.sort();
	});

test(
	'the worker knows every page the build wrote (its list is paths/page-paths.ts, not the build’s)',
	{
		tag: '@no-language'
	},
	() => {
		const written = filesIn('.')
			.filter((file) => file.endsWith('.html') && !/(^|\/)embed(\/|\.html)/.test(file))
			.map((file) => `/${file.replace(/\.html$/, '')}`.replace(/^\/index$/, '/'));
		expect([...EVERY_PAGE, '/404', '/zh/404'].sort()).toEqual(written.sort());
	}
);

test('after one visit, every reading page of the language read opens offline, and nothing else is kept but the search once used; an unknown address shows the 404 page in that language', async ({
	page,
	context,
	host,
	site: { path: to, days, pages, ui, lang }
}) => {
	await page.goto(to('/'));
	await controlled(page);
	await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
	// The footer says so once the edition is kept, and what that downloaded.
	const text = NOTE[lang];
	await expect(note(page).first()).toHaveText(text.kept, { timeout: 15_000 });
	expectSize(
		(await note(page).first().textContent())!.match(text.kept),
		kib.pages(lang) + kib.shared()
	);
	// Searching online keeps the open data the search reads (once the search has found the day: the
	// cards narrowed to it).
	await searchBox(page).fill(days[2]!.title);
	await expect(cardTitles(page)).toHaveText([days[2]!.title]);
	await context.setOffline(true);
	await host.stop();

	// A page never visited, loaded from nothing but the cache, and working: moving to the next day
	// asks for its data, which is not kept (each page is kept in one form: its HTML), and the
	// browser loads the page instead (the failed request is logged).
	expectConsoleError(page, /Failed to load resource: .* 503/);
	expect((await page.goto(to('/day/7')))?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	await ready(page);
	await page.getByRole('link', { name: new RegExp(ui.nextDay) }).click();
	await expect(page).toHaveURL(to('/day/8'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[7]!.title);
	await ready(page);
	await page.getByRole('link', { name: new RegExp(ui.previousDay) }).click();
	await expect(page).toHaveURL(to('/day/7'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	await searchBox(page).fill(days[2]!.title);
	await expect(cardTitles(page)).toHaveText([days[2]!.title]);

	// Every reading page of the edition, and the open data.
	const edition = pages.map((p) => p.path);
	expect(await fetchAll(page, [...edition, '/days.json'])).toEqual([
		...edition.map((path) => `${path} 200 text/html; charset=utf-8`),
		'/days.json 200 application/json; charset=utf-8'
	]);
	// Nothing of the other language, no page's data (the pages are kept as HTML), no preview image,
	// no embed, not the table of key figures or a comparison of two days (kept once opened), no CSV.
	const keys = await kept(page);
	expect(keys.filter((key) => key.startsWith('/_app/immutable/')).length).toBeGreaterThan(20);
	// Nor the scripts and styles of those pages alone: what the table of key figures names that no
	// page of the edition does.
	const named = (file: string) =>
		readFileSync(join(build, file), 'utf8').match(/\/_app\/immutable\/[\w./-]+/g) ?? [];
	const editionNames = new Set(
		edition.flatMap((path) => named(`${path === '/' ? 'index' : path.slice(1)}.html`))
	);
	const figuresOnly = named(`${to('/figures').slice(1)}.html`).filter(
		(file) => !editionNames.has(file)
	);
	expect(figuresOnly.length).toBeGreaterThan(0);
	expect(keys.filter((key) => figuresOnly.includes(key))).toEqual([]);
	expect(
		keys.filter(
			(key) =>
				!key.startsWith('/_app/immutable/') &&
				!['/favicon.svg', '/days.json', '/service-worker.js'].includes(key) &&
				!edition.includes(key) &&
				key !== to('/404')
		)
	).toEqual([]);

	// An address the site does not have: its own not-found page, in this language.
	expect((await page.goto(to('/day/13?from=2024-12-09T00:00')))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
	await page.getByRole('link', { name: ui.notFoundHome }).click();
	await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();

	// A page of the site that is not kept (the other edition's): the reader is told they are
	// offline, in the language they read, not that the page does not exist.
	const other = lang === 'en' ? '/zh/day/3' : '/day/3';
	expect((await page.goto(other))?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFLINE[lang].title);
	await expect(page.getByText(OFFLINE[lang].body)).toBeVisible();
	await expect(page.getByText(ui.notFoundBody)).toBeHidden();
	await expect(page).toHaveTitle(new RegExp(`^${OFFLINE[lang].title} · `));
	await page.getByRole('link', { name: ui.notFoundHome }).click();
	await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
});

test('the reader can keep the other language offline too: the footer says what it downloads, and when it is kept', async ({
	page,
	context,
	host,
	site: { path: to, lang, other }
}) => {
	const there = siteIn(other);
	const text = NOTE[lang];
	await page.goto(to('/'));
	await controlled(page);
	await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
	await expect(note(page).first()).toHaveText(text.kept, { timeout: 15_000 });
	const button = page.getByRole('button', { name: text.keepOther });
	expectSize((await button.textContent())!.match(text.keepOther), kib.pages(other));
	expect(await axeViolations(page, 'footer')).toEqual([]);

	await button.press('Enter');
	const status = page.getByRole('status').filter({ hasText: text.doneOther });
	await expect(status).toBeVisible({ timeout: 15_000 });
	await expect(note(page).first()).toHaveText(text.keptBoth);
	expectSize(
		(await note(page).first().textContent())!.match(text.keptBoth),
		kib.pages(lang) + kib.pages(other) + kib.shared()
	);
	// With both kept there is no button left: focus is on what happened.
	await expect(status).toBeFocused();
	expect(await axeViolations(page, 'footer')).toEqual([]);

	// Offline, the other edition opens, and the language switch leads back.
	await context.setOffline(true);
	await host.stop();
	expect((await page.goto(there.path('/day/7')))?.status()).toBe(200);
	registerSite(page, there);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(there.days[6]!.title);
	await page.getByRole('link', { name: there.ui.otherLanguage, exact: true }).click();
	await expect(page).toHaveURL(to('/day/7'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteIn(lang).days[6]!.title);
});

test('with Save-Data, nothing is downloaded in the background: the pages the reader opens are kept, and no others', async ({
	page,
	context,
	host,
	site: { path: to, days, lang }
}) => {
	// What Chromium reports when the reader asks it to save data: the header and the Network
	// Information API's saveData.
	await context.setExtraHTTPHeaders({ 'Save-Data': 'on' });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
	const asked = new Set<string>();
	page.on('request', (request) => asked.add(new URL(request.url()).pathname));

	await page.goto(to('/'));
	await controlled(page);
	await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
	// Once the worker has answered (the footer's note comes then)…
	await expect(note(page).first()).toBeVisible({ timeout: 15_000 });
	// A day opened from its card: its data comes through the worker, which keeps it.
	await page.getByRole('link', { name: days[2]!.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[2]!.title);

	// …the host has sent nothing the page did not ask for, but the worker's own script.
	const served = host.served.map((address) => new URL(address, host.origin).pathname);
	expect(served).toContain('/service-worker.js');
	expect(served.filter((path) => !asked.has(path) && path !== '/service-worker.js')).toEqual([]);
	// The footer says so, and offers to keep the edition, saying what that downloads.
	const text = NOTE[lang];
	await expect(note(page).first()).toHaveText(text.savingData);
	const button = page.getByRole('button', { name: text.keep });
	expectSize((await button.textContent())!.match(text.keep), kib.pages(lang) + kib.shared());
	// What is kept: the page opened (its HTML), the day opened (its data), the scripts they used.
	const keys = await kept(page);
	expect(keys.filter((key) => !key.startsWith('/_app/immutable/'))).toEqual(
		[to('/'), `${to('/day/3')}/__data.json`, '/favicon.svg', '/service-worker.js'].sort()
	);
	expect(keys.filter((key) => key.startsWith('/_app/immutable/') && !asked.has(key))).toEqual([]);

	// Offline, both open again; a page never opened is not there.
	await context.setOffline(true);
	await host.stop();
	expect((await page.goto(to('/')))?.status()).toBe(200);
	await page.getByRole('link', { name: days[2]!.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[2]!.title);
	expect(await page.evaluate((path) => caches.match(path).then(Boolean), to('/day/7'))).toBe(false);
});

test('a new build is picked up on the next visit, and the old one’s cache is removed', async ({
	page,
	context,
	host,
	site: { path: to, days, lang }
}) => {
	test.skip(lang !== 'en', 'the worker is the same for both editions');
	await page.goto(to('/'));
	await controlled(page);
	await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
	await expect(note(page).first()).toHaveText(NOTE.en.kept, { timeout: 15_000 });
	const { version } = JSON.parse(await (await page.request.get('/_app/version.json')).text()) as {
		version: string;
	};
	expect(await page.evaluate(() => caches.keys())).toEqual([`offline-${version}`]);

	// A new build: a new version (the worker's script changes with it) and a changed page, which
	// reads "New build" above its content (outside what the page's script renders).
	for (const file of ['service-worker.js', '_app/version.json'])
		await host.edit(file, (text) => text.replaceAll(version, `${version}-next`));
	await host.edit('day/7.html', (text) => text.replace(/(<body[^>]*>)/, '$1<p>New build</p>'));

	// The next visit shows it at once, though the old build's copy of the page is in the cache…
	await page.goto(to('/day/7'));
	await expect(page.getByText('New build', { exact: true })).toBeVisible();
	// …and the new build's worker takes over, keeping only its own cache, with the edition the
	// reader kept…
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
		.toEqual([`offline-${version}-next`]);

	// …from which the page is read offline.
	await context.setOffline(true);
	await host.stop();
	await page.goto(to('/day/7'));
	await expect(page.getByText('New build', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	expect((await page.goto(to('/day/9')))?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[8]!.title);
});
