import type { Page } from '@playwright/test';
import { DAYS } from './support/days';
import { searchBox } from './support/explorer';
import { expect, test as base } from './support/fixtures';
import { PAGES } from './support/pages';
import { startSite, type Site } from './support/site';
import { ready } from './support/timeline';

// Each test gets its own copy of the built site on its own server, which it can change (a new
// build) or stop (no network at all, on top of Chromium's offline mode), and its own worker.
const test = base.extend<{ site: Site }>({
	// eslint-disable-next-line no-empty-pattern
	site: async ({}, use) => {
		const site = await startSite();
		await use(site);
		await site.close();
	},
	baseURL: async ({ site }, use) => use(site.origin)
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

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Fetches paths from inside the page (so through its worker): status and type of each. */
const fetchAll = (page: Page, paths: string[]) =>
	page.evaluate(
		(paths) =>
			Promise.all(
				paths.map(async (path) => {
					const response = await fetch(path);
					return `${path} ${response.status} ${response.headers.get('content-type')}`;
				})
			),
		paths
	);

test('after one visit, every page, the open data and the English preview images are there offline; an unknown address shows the 404 page', async ({
	page,
	context,
	site
}) => {
	await page.goto('/');
	await controlled(page);
	await context.setOffline(true);
	await site.stop();

	// A page never visited, loaded from nothing but the cache, and working: moving to the next day
	// fetches its data the way an online reader's browser would.
	expect((await page.goto('/day/7'))?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
	await ready(page);
	await page.getByRole('link', { name: /Next day/ }).click();
	await expect(page).toHaveURL('/day/8');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
	// Search reads the open data.
	await searchBox(page).fill('storyboard');
	await expect(page.getByRole('status').filter({ hasText: '1 day matches' })).toBeVisible();

	// Every page, the open data, and the preview image of every page.
	const pages = await fetchAll(page, [...PAGES.map((p) => p.path), '/days.json']);
	expect(pages).toEqual([
		...PAGES.map((p) => `${p.path} 200 text/html; charset=utf-8`),
		'/days.json 200 application/json; charset=utf-8'
	]);
	const previews = ['/og/overview.png', ...DAYS.map(({ n }) => `/og/day-${n}.png`)];
	expect(await fetchAll(page, previews)).toEqual(previews.map((p) => `${p} 200 image/png`));

	// An address the site does not have: its own not-found page, not the browser's error.
	expect((await page.goto('/day/13?from=2024-12-09T00:00'))?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the overview' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
});

test('a new build is picked up on the next visit, and the old one’s cache is removed', async ({
	page,
	context,
	site
}) => {
	await page.goto('/');
	await controlled(page);
	const { version } = JSON.parse(await (await page.request.get('/_app/version.json')).text()) as {
		version: string;
	};
	expect(await cacheNames(page)).toEqual([`offline-${version}`]);

	// A new build: a new version (the worker's script changes with it) and a changed page, which
	// reads "New build" above its content (outside what the page's script renders).
	for (const file of ['service-worker.js', '_app/version.json'])
		await site.edit(file, (text) => text.replaceAll(version, `${version}-next`));
	await site.edit('day/7.html', (text) => text.replace(/(<body[^>]*>)/, '$1<p>New build</p>'));

	// The next visit shows it at once, though the old build's copy of the page is in the cache…
	await page.goto('/day/7');
	await expect(page.getByText('New build', { exact: true })).toBeVisible();
	// …and the new build's worker takes over, keeping only its own cache…
	await expect
		.poll(() => cacheNames(page), { timeout: 15_000 })
		.toEqual([`offline-${version}-next`]);

	// …from which the page is read offline.
	await context.setOffline(true);
	await site.stop();
	await page.goto('/day/7');
	await expect(page.getByText('New build', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
});
