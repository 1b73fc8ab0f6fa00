import { expect, test } from './support/fixtures';
import { PAGES } from './support/pages';
import { markerList, marker } from './support/timeline';

test.use({ javaScriptEnabled: false });

test('without JavaScript the overview is a readable, linked document', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'The twelve days', exact: true }).getByRole('listitem')
	).toHaveCount(12);
	await page.getByRole('link', { name: 'OpenAI o3 and o3-mini', exact: true }).click();
	await expect(page).toHaveURL('/day/12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI o3 and o3-mini');
});

test('without JavaScript a day page has its whole content and working links', async ({ page }) => {
	await page.goto('/day/9');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dev Day Holiday Edition');
	await expect(
		page.getByRole('region', { name: 'What was released' }).getByRole('listitem')
	).not.toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('40');
	await expect(page.getByRole('region', { name: 'What people said' })).toContainText('Zhou Jian');
	await page.getByRole('link', { name: /Previous day/ }).click();
	await expect(page).toHaveURL('/day/8');
	await page.getByRole('link', { name: /^Close/ }).click();
	await expect(page).toHaveURL('/');
});

test('without JavaScript an unknown path is still a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/day/0');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the overview' }).click();
	await expect(page).toHaveURL('/');
});

test('without JavaScript the timeline markers are plain links to the days', async ({ page }) => {
	await page.goto('/');
	await expect(markerList(page).getByRole('link', { name: /^Day \d+: / })).toHaveCount(12);
	// The zoom buttons need JavaScript, so they are not shown.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await marker(page, 7).click();
	await expect(page).toHaveURL('/day/7');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
});

// What each linked address serves, fetched once per worker: the site is static, and the pages
// below link to much the same addresses.
const served = new Map<string, Promise<{ status: number; html: string }>>();

for (const { path, heading } of PAGES) {
	test(`without JavaScript ${path} keeps its content and every link on it works`, async ({
		page,
		request
	}) => {
		const fetchOnce = (address: string) => {
			if (!served.has(address))
				served.set(
					address,
					request
						.get(address)
						.then(async (response) => ({ status: response.status(), html: await response.text() }))
				);
			return served.get(address)!;
		};
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		// The explorer's content is there on every page: the timeline's markers and the day cards.
		await expect(markerList(page).getByRole('link', { name: /^Day \d+: / })).toHaveCount(12);
		await expect(
			page.getByRole('region', { name: 'The twelve days', exact: true }).getByRole('listitem')
		).toHaveCount(12);
		if (path.startsWith('/day/')) {
			const panel = page.getByRole('region', { name: heading, exact: true });
			for (const section of ['What was released', 'Key figures', 'What people said', 'Sources']) {
				await expect(panel.getByRole('heading', { level: 2, name: section })).toBeVisible();
			}
		}
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) =>
				links
					.map((a) => (a as HTMLAnchorElement).href)
					.filter((h) => new URL(h).origin === location.origin)
			);
		const targets = new Set<string>();
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.hash) {
				// An in-page link must point at an element that exists on the page it names.
				const { html } = await fetchOnce(url.pathname);
				expect(html, href).toContain(`id="${url.hash.slice(1)}"`);
			}
			targets.add(url.pathname + url.search);
		}
		for (const target of targets) {
			expect((await fetchOnce(target)).status, `${path} links to ${target}`).toBe(200);
		}
		// At least the overview and the twelve days.
		expect(targets.size).toBeGreaterThanOrEqual(13);
	});
}
