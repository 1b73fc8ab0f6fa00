import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.describe('under a prefix', { tag: '@prefix-only' }, () => {
	// Runs in the `base` project only: the site built with BASE_PATH=/twelve-days (build-base/) and
	// served under that prefix, as on a GitHub project page. The other specs of that project check the
	// pages, panel, search, 404 and no-JS behaviour through the prefixed paths of the `site` fixture;
	// these check what only a prefix can break.

	const ORIGIN = 'https://twelve-days.example';
	const build = new URL('../build-base/', import.meta.url);

	/** Every address a page points at on its own site: links, scripts, styles, images, head links. */
	const ownAddresses = (page: Page) =>
		page.evaluate(() => {
			const urls = [...document.querySelectorAll('[href], [src]')].map(
				(element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''
			);
			return urls
				.map((url) => new URL(url, location.href))
				.filter((url) => url.origin === location.origin)
				.map((url) => url.pathname);
		});

	test('every link, script, style and image of a page stays under the prefix', async ({
		page,
		site: { path, base }
	}) => {
		expect(base).toBe('/twelve-days');
		for (const address of [path('/'), path('/day/12'), path('/zh/day/12'), path('/nope')]) {
			await page.goto(address);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const own = await ownAddresses(page);
			expect(own.length, address).toBeGreaterThan(20);
			const outside = own.filter((pathname) => !pathname.startsWith(`${base}/`));
			expect(outside, address).toEqual([]);
		}
	});

	test('absolute URLs in the head (canonical, languages, preview card, oEmbed) carry the prefix', async ({
		page,
		site: { path, base }
	}) => {
		await page.goto(path('/day/12'));
		const head = (selector: string, attribute: string) =>
			page.locator(selector).first().getAttribute(attribute);
		expect(await head('link[rel="canonical"]', 'href')).toBe(`${ORIGIN}${base}/day/12`);
		expect(await head('link[hreflang="zh-CN"]', 'href')).toBe(`${ORIGIN}${base}/zh/day/12`);
		expect(await head('meta[property="og:image"]', 'content')).toBe(
			`${ORIGIN}${base}/og/day-12.png`
		);
		expect(await head('link[type="application/json+oembed"]', 'href')).toBe(
			`${ORIGIN}${base}/oembed/day-12.json`
		);
		await page.goto(path('/'));
		expect(await head('link[rel="canonical"]', 'href')).toBe(`${ORIGIN}${base}/`);
	});

	test('the sitemap, robots.txt and the oEmbed answers point inside the prefix', async ({
		request,
		site: { base }
	}) => {
		const sitemap = await (await request.get(`${base}/sitemap.xml`)).text();
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toHaveLength(170);
		for (const loc of locs) expect(loc).toMatch(new RegExp(`^${ORIGIN}${base}/`));
		expect(await (await request.get(`${base}/robots.txt`)).text()).toContain(
			`Sitemap: ${ORIGIN}${base}/sitemap.xml`
		);
		const oembed = await (await request.get(`${base}/oembed/zh/day-3.json`)).json();
		expect(oembed.html).toContain(`src="${ORIGIN}${base}/zh/embed/day/3"`);
		expect(oembed.provider_url).toBe(`${ORIGIN}${base}/zh`);
		expect(oembed.thumbnail_url).toBe(`${ORIGIN}${base}/og/zh/day-3.png`);
	});

	test('the prefix alone leads to the overview; addresses outside it are not the site', async ({
		page,
		request,
		site: { base, ui }
	}) => {
		await page.goto(base);
		await expect(page).toHaveURL((url) => url.pathname === `${base}/`);
		await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
		expect((await request.get('/day/3')).status()).toBe(404);
		expect((await request.get('/')).status()).toBe(404);
	});

	test('the build has what GitHub Pages needs: .nojekyll, and 404.html at the root of the prefix', () => {
		expect(existsSync(new URL('.nojekyll', build))).toBe(true);
		const notFound = readFileSync(new URL('404.html', build), 'utf8');
		// Its links and assets are absolute, with the prefix: it works at any depth.
		expect(notFound).toContain('href="/twelve-days/day/1"');
		expect(notFound).toContain('data-base="/twelve-days"');
		expect(notFound).not.toMatch(/(?:href|src)="\/(?!twelve-days\/)/);
	});

	test.describe('the offline worker', () => {
		test.use({ serviceWorkers: 'allow' });

		test('takes the prefix as its scope and serves the pages offline', async ({
			page,
			context,
			site: { path, base, days }
		}) => {
			await page.goto(path('/'));
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			expect(new URL(scope).pathname).toBe(`${base}/`);
			await expect
				.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
					timeout: 15_000
				})
				.toBe('activated');
			// The worker then keeps the edition: the footer says so once it has.
			await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
			await expect(
				page.getByRole('contentinfo').getByText(/^This site works offline after one visit/)
			).toBeVisible({ timeout: 15_000 });
			await context.setOffline(true);
			await page.goto(path('/day/3'));
			await expect(page.getByRole('heading', { level: 1, name: days[2]!.title })).toBeVisible();
			await context.setOffline(false);
		});
	});
});
