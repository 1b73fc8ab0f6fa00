import {
	test as playwrightTest,
	expect,
	type ConsoleMessage,
	type Page,
	type Request
} from '@playwright/test';
import { registerSite, site, type Lang, type Site } from './site';

// Console errors a test expects on a page (a frame the browser refuses to load logs one).
const expectedErrors = new WeakMap<Page, RegExp[]>();
// Other origins a test serves itself with page.route (another site that embeds ours).
const servedOrigins = new WeakMap<Page, string[]>();

/**
 * Declares a console error the page must log (and which then does not fail the test), e.g. the
 * browser's refusal to frame a page. A declared error that never comes fails the test.
 */
export function expectConsoleError(page: Page, pattern: RegExp): void {
	expectedErrors.set(page, [...(expectedErrors.get(page) ?? []), pattern]);
}

/**
 * Declares another origin whose requests the test answers itself (page.route), so that they are
 * not reported as leaving the site.
 */
export function serveOrigin(page: Page, origin: string): void {
	servedOrigins.set(page, [...(servedOrigins.get(page) ?? []), new URL(origin).origin]);
}

/**
 * Every test gets a page that fails the test on a console error, an uncaught exception, or a
 * request to any host but the site itself. Such requests cannot get out: the browser resolves no
 * host name but the site's own address (--host-resolver-rules in playwright.config.ts), so they
 * fail at once; the guard reports each one. (Intercepting every request with page.route instead
 * made each page load about a quarter slower.)
 */
export const test = playwrightTest.extend<{ lang: Lang; base: string; site: Site; guard: void }>({
	// The edition a test runs against: each Playwright project sets it (playwright.config.ts).
	lang: ['en', { option: true }],
	// The prefix the site is served under: the `base` project serves a build made with BASE_PATH.
	base: ['', { option: true }],
	site: async ({ lang, base }, use) => use(site(lang, base)),
	page: async ({ page, site }, use) => {
		registerSite(page, site);
		await use(page);
	},
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems: string[] = [];
			const onConsole = (message: ConsoleMessage) => {
				if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
			};
			const onPageError = (error: Error) => problems.push(`uncaught exception: ${error.message}`);
			const onRequest = (request: Request) => {
				const url = new URL(request.url());
				if (url.origin === origin || url.protocol.startsWith('data')) return;
				if ((servedOrigins.get(page) ?? []).includes(url.origin)) return;
				problems.push(`request left the site: ${request.url()}`);
			};
			page.on('console', onConsole);
			page.on('pageerror', onPageError);
			page.on('request', onRequest);
			await use();
			// The page may serve the next test in this worker (reuseContext in playwright.config.ts).
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			page.off('request', onRequest);
			// The 404 status of a bad path is logged by Chromium as a failed resource load; that is expected.
			const expected = expectedErrors.get(page) ?? [];
			const real = problems.filter(
				(p) =>
					!/Failed to load resource: .*404/.test(p) &&
					!(p.startsWith('console error') && expected.some((e) => e.test(p)))
			);
			for (const pattern of expected) {
				const seen = problems.some((p) => p.startsWith('console error') && pattern.test(p));
				if (!seen) real.push(`expected console error never came: ${pattern}`);
			}
			expect(real, 'console errors, exceptions or off-site requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
