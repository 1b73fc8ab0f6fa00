import type { Page } from '@playwright/test';
import { cards, searchBox } from './support/explorer';
import { expect, test as base } from './support/fixtures';
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

/** Waits until the offline worker controls the page, i.e. it has cached this build and taken over. */
async function controlled(page: Page) {
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
			timeout: 15_000
		})
		.toBe('activated');
}

/** Fetches paths from inside the page (so through its worker): the status and type of each. */
const fetchAll = (page: Page, paths: string[]) =>
	page.evaluate(
		(paths) =>
			Promise.all(
				paths.map((path) =>
					fetch(path).then(
						(response) => `${path} ${response.status} ${response.headers.get('content-type')}`
					)
				)
			),
		paths
	);

/** The preview images of an edition: /og/… for English, /og/zh/… for Chinese. */
const previews = (dir: string) => [
	`${dir}overview.png`,
	...Array.from({ length: 12 }, (_, i) => `${dir}day-${i + 1}.png`)
];

test('after one visit, every page, the open data and the preview images of the language read are there offline; an unknown address shows the 404 page', async ({
	page,
	context,
	host,
	site: { path: to, days, pages, ui, lang }
}) => {
	await page.goto(to('/'));
	await controlled(page);
	await context.setOffline(true);
	await host.stop();

	// A page never visited, loaded from nothing but the cache, and working: moving to the next day
	// fetches its data the way an online reader's browser would.
	expect((await page.goto(to('/day/7')))?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	await ready(page);
	await page.getByRole('link', { name: new RegExp(ui.nextDay) }).click();
	await expect(page).toHaveURL(to('/day/8'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[7]!.title);
	// Search reads the open data.
	await searchBox(page).fill(days[2]!.title);
	await expect(cards(page).filter({ hasText: days[2]!.title })).toHaveCount(1);

	// Every page of the edition and the open data.
	expect(await fetchAll(page, [...pages.map((p) => p.path), '/days.json'])).toEqual([
		...pages.map((p) => `${p.path} 200 text/html; charset=utf-8`),
		'/days.json 200 application/json; charset=utf-8'
	]);
	// This language's preview images, not the other's.
	const [own, other] = lang === 'en' ? ['/og/', '/og/zh/'] : ['/og/zh/', '/og/'];
	expect(await fetchAll(page, previews(own))).toEqual(
		previews(own).map((p) => `${p} 200 image/png`)
	);
	// (Fetching one would log a failed request: the cache itself says it holds none.)
	expect(
		await page.evaluate(
			(paths) => Promise.all(paths.map((p) => caches.match(p).then(Boolean))),
			previews(other)
		)
	).toEqual(previews(other).map(() => false));

	// An address the site does not have: its own not-found page, in this language.
	expect((await page.goto(to('/day/13?from=2024-12-09T00:00')))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
	await page.getByRole('link', { name: ui.notFoundHome }).click();
	await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
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
	// …and the new build's worker takes over, keeping only its own cache…
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
		.toEqual([`offline-${version}-next`]);

	// …from which the page is read offline.
	await context.setOffline(true);
	await host.stop();
	await page.goto(to('/day/7'));
	await expect(page.getByText('New build', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
});
