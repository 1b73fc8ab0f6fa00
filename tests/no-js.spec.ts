import { expect, test } from './support/fixtures';
import { ONE_OF_EACH_KIND, site } from './support/site';
import { markerList, marker } from './support/timeline';

test.describe('without JavaScript', { tag: '@prefix' }, () => {
	test.use({ javaScriptEnabled: false });

	test('without JavaScript the overview is a readable, linked document', async ({
		page,
		site: { ui, path, days }
	}) => {
		await page.goto(path('/'));
		await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
		await expect(
			page.getByRole('region', { name: ui.theDays, exact: true }).getByRole('listitem')
		).toHaveCount(12);
		await page.getByRole('link', { name: days[11]!.title, exact: true }).click();
		await expect(page).toHaveURL(path('/day/12'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[11]!.title);
	});

	test('without JavaScript there is no search form to submit, which could only reload the page unfiltered', async ({
		page,
		site: { ui, path }
	}) => {
		await page.goto(path('/'));
		await expect(page.getByRole('heading', { level: 1, name: ui.siteName })).toBeVisible();
		// Hidden (its place kept for when scripts run), so neither shown nor reached by Tab.
		await expect(page.getByRole('search')).toBeHidden();
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.getByRole('button', { name: ui.search.submit, exact: true })).toBeHidden();
	});

	test('without JavaScript a day page has its whole content and working links', async ({
		page,
		site: { ui, path, days, people }
	}) => {
		await page.goto(path('/day/9'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[8]!.title);
		await expect(
			page.getByRole('region', { name: ui.features }).getByRole('listitem')
		).not.toHaveCount(0);
		await expect(page.getByRole('region', { name: ui.figures })).toContainText('40');
		await expect(page.getByRole('region', { name: ui.commentary })).toContainText(people.zhouJian);
		await page.getByRole('link', { name: new RegExp(ui.previousDay) }).click();
		await expect(page).toHaveURL(path('/day/8'));
		await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).click();
		await expect(page).toHaveURL(path('/'));
	});

	test('without JavaScript an unknown path is still a 404 page with a way back', async ({
		page,
		site: { ui, path }
	}) => {
		const response = await page.goto(path('/day/0'));
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
		await page.getByRole('link', { name: ui.notFoundHome }).click();
		await expect(page).toHaveURL(path('/'));
	});

	test('without JavaScript the timeline markers are plain links to the days', async ({
		page,
		site: { ui, path, days }
	}) => {
		await page.goto(path('/'));
		await expect(markerList(page).getByRole('listitem')).toHaveCount(12);
		// The zoom buttons need JavaScript, so they are not shown.
		await expect(page.getByRole('button', { name: ui.timeline.zoomIn })).toBeHidden();
		await marker(page, 7).click();
		await expect(page).toHaveURL(path('/day/7'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	});

	// What each linked address serves, fetched once per worker: the site is static, and the pages
	// below link to much the same addresses.
	const served = new Map<string, Promise<{ status: number; html: string }>>();

	for (const [index, { path: englishPath }] of site('en').pages.entries()) {
		test(`without JavaScript ${englishPath} keeps its content and every link on it works`, async ({
			page,
			request,
			site: edition
		}) => {
			// Under a prefix (project `base`) and in Chinese, one page of each kind: the others are built
			// the same way, by the same code (the Chinese pages' content is checked in pages.spec.ts).
			test.skip(
				(edition.base !== '' || edition.lang !== 'en') && !ONE_OF_EACH_KIND.includes(englishPath),
				'one page of each kind under a prefix and in Chinese'
			);
			const { ui } = edition;
			const { path, heading } = edition.pages[index]!;
			const fetchOnce = (address: string) => {
				if (!served.has(address))
					served.set(
						address,
						request.get(address).then(async (response) => ({
							status: response.status(),
							html: await response.text()
						}))
					);
				return served.get(address)!;
			};
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			// The explorer's content is there on every page: the timeline's markers and the day cards.
			await expect(markerList(page).getByRole('listitem')).toHaveCount(12);
			await expect(
				page.getByRole('region', { name: ui.theDays, exact: true }).getByRole('listitem')
			).toHaveCount(12);
			if (englishPath.startsWith('/day/')) {
				const panel = page.getByRole('region', { name: heading, exact: true });
				for (const section of [ui.features, ui.figures, ui.commentary, ui.sources]) {
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
});
