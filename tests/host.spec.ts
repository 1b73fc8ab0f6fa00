import { expect, test } from './support/fixtures';

test.describe('the host’s headers', { tag: ['@no-language', '@prefix'] }, () => {
	// What npm start's server sends with each file: the rules of build/_headers (the same file Netlify
	// and Cloudflare Pages read), applied to the site at the root and under a prefix (project `base`).

	test('hashed files are cached for a year; pages, data and the worker are checked on every visit', async ({
		page,
		request,
		site: { path, base }
	}) => {
		const html = await page.goto(path('/day/12'));
		expect(html?.status()).toBe(200);
		// A page: kept, but revalidated; never immutable.
		const pageCache = html?.headers()['cache-control'] ?? '';
		expect(pageCache).toMatch(/max-age=0/);
		expect(pageCache).toMatch(/must-revalidate/);
		expect(pageCache).not.toMatch(/immutable/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		// The hashed files the page names (its scripts, styles and images), whether or not this browser
		// already had them cached.
		const assets = [
			...new Set(
				[...(await html!.text()).matchAll(/["'(]([^"'()\s]*\/_app\/immutable\/[^"'()\s]+)/g)].map(
					(m) => new URL(m[1]!, page.url()).href
				)
			)
		];
		expect(assets.length).toBeGreaterThan(0);
		expect(assets.every((url) => new URL(url).pathname.startsWith(`${base}/_app/immutable/`))).toBe(
			true
		);
		for (const url of assets) {
			const response = await request.get(url);
			expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
		}
		for (const file of ['/days.json', '/oembed/day-12.json']) {
			const response = await request.get(base + file);
			expect(response.status(), file).toBe(200);
			expect(response.headers()['cache-control'], file).toMatch(/max-age=0, must-revalidate/);
		}
		expect((await request.get(`${base}/service-worker.js`)).headers()['cache-control']).toBe(
			'no-cache'
		);
	});

	test('a page the browser already has comes back as 304 Not Modified, without its body', async ({
		request,
		site: { path }
	}) => {
		const first = await request.get(path('/day/12'));
		const etag = first.headers()['etag'];
		expect(etag).toBeTruthy();
		const again = await request.get(path('/day/12'), { headers: { 'if-none-match': etag! } });
		expect(again.status()).toBe(304);
		expect(await again.body()).toHaveLength(0);
		// Another version of the file: sent in full.
		const changed = await request.get(path('/day/12'), { headers: { 'if-none-match': 'W/"0-0"' } });
		expect(changed.status()).toBe(200);
	});

	test('the security headers a <meta> tag cannot carry come with every page; _headers itself is not served', async ({
		request,
		site: { path, base }
	}) => {
		for (const address of [path('/'), path('/day/3'), path('/nope')]) {
			const headers = (await request.get(address)).headers();
			expect(headers['x-content-type-options'], address).toBe('nosniff');
			expect(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], address).toMatch(/camera=\(\)/);
		}
		expect((await request.get(path('/day/3'))).headers()['x-frame-options']).toBe('DENY');
		expect((await request.get(path('/embed/day/3'))).headers()['content-security-policy']).toBe(
			'frame-ancestors *'
		);
		expect((await request.get(`${base}/_headers`)).status()).toBe(404);
	});
});
