import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/chromium';
import type { Lang } from './tests/support/site';

// E2E_PORT lets several checkouts run their suites side by side without reusing each other's server.
const port = Number(process.env.E2E_PORT ?? 4173);
/** The `base` project's site: `npm run build:base` builds it into build-base/ under this prefix. */
const BASE_PATH = '/twelve-days';
const basePort = port + 1;
const chromium = findChromium();

export default defineConfig<{ lang: Lang; base: string }>({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Playwright's default is half the cores: one worker on a two-core machine. The tests spend part
	// of their time waiting on the page, so one worker per core keeps both cores busy.
	workers: process.env.CI ? 2 : '100%',
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// One browser context per worker, reset between tests (cookies, storage, service workers, extra
		// pages, routes, init scripts, viewport and emulation), instead of a new one per test: a new
		// context cost each test about half a second of the two cores here, a quarter of the suite.
		// A test that asks for other context options (touch, no JavaScript, permissions, service
		// workers) gets a fresh context, as before; every test starts by loading its page.
		reuseContext: true,
		// Recording a trace costs every test about a fifth of its time, and CI keeps no files: a failure
		// is read from its message and call log there. Rerun it with `--trace on` to get one.
		trace: 'off',
		...devices['Desktop Chrome'],
		// Zoom steps, pans and scrolling to a card land at once, so a test waits for no animation
		// whose motion it does not test. Tests of the motion itself, and of what happens while it
		// runs, ask for it ('no-preference'): a11y.spec.ts, address.spec.ts, reading-position.spec.ts.
		reducedMotion: 'reduce',
		// No offline worker, except where a test asks for one (offline.spec.ts): each page would
		// otherwise install one and precache the whole site, slowing every test, and requests it
		// answers would pass unseen by the off-site guard (tests/support/fixtures.ts).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromium.executablePath,
			// Flags that keep a headless Chromium off the network it cannot reach here. The host
			// resolver knows no name but the site's address: a request to any other host fails at once,
			// without the cost of intercepting every request (the fixture's guard reports it).
			args: [
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	// What can differ by language runs in both editions: text, paths, dates, the layout of Chinese
	// text, 404 pages, search, pages without JavaScript, axe scans, the language switch. What has no
	// language runs in English only: whole specs below (touch input, resizing, the reading position
	// and how the timeline follows it, zoom bounds, how often the address is written, focus return,
	// printing, themes, the preview images' files, and the fuzzer, which mixes both editions itself),
	// and single tests that skip the Chinese project, each saying why (`test.skip(lang === 'zh', …)`).
	projects: [
		{ name: 'en', use: { lang: 'en' }, testIgnore: ['**/base-path.spec.ts'] },
		{
			name: 'zh',
			use: { lang: 'zh' },
			testIgnore: [
				// Focus management, print layout and themes: the same markup, styles and scripts in Chinese.
				'**/focus.spec.ts',
				'**/print.spec.ts',
				'**/theme.spec.ts',
				'**/og-images.spec.ts',
				'**/phone.spec.ts',
				'**/resize.spec.ts',
				'**/reading-position.spec.ts',
				'**/follow-reading.spec.ts',
				'**/zoom-bounds.spec.ts',
				'**/address.spec.ts',
				'**/fuzz.spec.ts',
				// These check content in both languages themselves, by path.
				'**/verdict.spec.ts',
				'**/content.spec.ts',
				'**/base-path.spec.ts',
				// The server's headers do not depend on the language of the page.
				'**/host.spec.ts'
			]
		},
		// The site built under a prefix (BASE_PATH, as for a GitHub project page) and served under it:
		// the routes, the panel and search, the 404 page, the pages without JavaScript, and what only a
		// prefix changes (absolute URLs, the open data, the host files, the offline worker's scope).
		{
			name: 'base',
			use: { lang: 'en', base: BASE_PATH, baseURL: `http://127.0.0.1:${basePort}` },
			testMatch: [
				'**/pages.spec.ts',
				'**/panel.spec.ts',
				'**/explorer.spec.ts',
				'**/edges.spec.ts',
				'**/no-js.spec.ts',
				'**/base-path.spec.ts',
				'**/host.spec.ts'
			],
			// Layout checks in those specs (widths, wrapping, punctuation) do not depend on the prefix.
			// Walking all twelve days reaches each day's links through the code the sampled pages check;
			// stepping through cards, following the reading, a lens already in the address and moving
			// focus inside the panel touch no address (a lens set by its button does, and is checked).
			grepInvert:
				/very long search wraps|punctuation|one column edge|walk all twelve days|opening each of the twelve days|j and k|card in view is marked|pans to the day in view|applied on load|empty result says so|focuses the heading|Tab never leaves it/
		}
	],
	webServer: [
		{
			// Tests run against the production build; `npm test` builds before this runs.
			command: `node scripts/serve.js --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		},
		{
			command: `node scripts/serve.js --port ${basePort} --root build-base --base ${BASE_PATH}`,
			url: `http://127.0.0.1:${basePort}${BASE_PATH}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore'
		}
	]
});
