import { expect, test } from './support/fixtures';
import { editionOf, expectedStatus, fuzzPath, random } from './support/fuzz-paths';
import { site } from './support/site';

test.describe('fuzzed addresses', { tag: '@no-language' }, () => {
	const SEED = Number(process.env.FUZZ_SEED ?? 20241220);
	const CASES = 200;
	/** Page loads per test: small enough that workers share them and no test nears its time limit. */
	const GROUP = 10;

	const rand = random(SEED);
	// Each distinct path is checked once: a repeat would check nothing new.
	const paths = [...new Set(Array.from({ length: CASES }, () => fuzzPath(rand)))];
	const where = (path: string) =>
		`seed ${SEED} (FUZZ_SEED=${SEED} to repeat), path ${JSON.stringify(path)}`;
	// The origin only anchors the parse: every generated path starts with "/".
	const pages = paths.filter((path) => expectedStatus(path, 'http://127.0.0.1') === 200);
	const notFound = paths.filter((path) => expectedStatus(path, 'http://127.0.0.1') === 404);

	// The 404 page is a plain document, the same file at every path, with no script to run (its
	// rendering, styles and CSP are checked in the browser in pages.spec.ts). What a bad path can get
	// wrong is the server's answer, so that is what is checked, for every one of them.
	test(`fuzz: the ${notFound.length} of ${paths.length} paths that name no page get the 404 page (seed ${SEED})`, async ({
		request
	}) => {
		for (const path of notFound) {
			const response = await request.get(path);
			expect(response.status(), where(path)).toBe(404);
			const html = await response.text();
			// In the language of the path, with a way back to that edition's overview.
			const { ui, path: home, tag } = site(editionOf(path, 'http://127.0.0.1'));
			expect(html, where(path)).toContain(`<html lang="${tag}"`);
			expect(html, where(path)).toMatch(new RegExp(`<h1[^>]*>${ui.notFoundTitle}</h1>`));
			expect(html, where(path)).toMatch(
				new RegExp(`<a[^>]*href="${home('/')}"[^>]*>${ui.notFoundHome}</a>`)
			);
		}
	});

	// A page runs the explorer, which reads the address: each is loaded in the browser.
	for (let start = 0; start < pages.length; start += GROUP) {
		const group = pages.slice(start, start + GROUP);
		test(`fuzz: pages ${start + 1}-${start + group.length} of the ${pages.length} generated load and run (seed ${SEED})`, async ({
			page
		}) => {
			// The fixture fails the test on any console error, exception or off-site request; this
			// names the path that caused one.
			let problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
			for (const path of group) {
				problems = [];
				const response = await page.goto(path);
				expect(response?.status(), where(path)).toBe(200);
				const { ui } = site(editionOf(path, 'http://127.0.0.1'));
				await expect(page.locator('html'), where(path)).toHaveAttribute(
					'lang',
					editionOf(path, 'http://127.0.0.1') === 'zh' ? 'zh-CN' : 'en'
				);
				await expect(page.getByRole('heading', { level: 1 }), where(path)).not.toHaveText(
					ui.notFoundTitle
				);
				expect(
					(await page.locator('body').innerText()).length,
					`${where(path)}: blank page`
				).toBeGreaterThan(200);
				await expect(
					page.getByRole('link', { name: ui.siteName }).first(),
					where(path)
				).toBeVisible();
				// The zoom buttons show once the explorer has started: an error in reading the address
				// surfaces by then.
				await expect(
					page.getByRole('button', { name: ui.timeline.zoomIn }),
					where(path)
				).toBeVisible();
				expect(problems, where(path)).toEqual([]);
			}
		});
	}
});
