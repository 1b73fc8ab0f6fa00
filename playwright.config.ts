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
		// pages, routes, init scripts, viewport and emulation), instead of a new one per test, which is
		// the slowest part of setting a test up.
		// A test that asks for other context options (touch, no JavaScript, permissions, service
		// workers) gets a fresh context, as before; every test starts by loading its page.
		reuseContext: true,
		// Recording a trace slows every test down, and CI keeps no files: a failure
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
	// Tests choose where they run with tags (a spec tags its whole body, or a test its own):
	// - every test runs in `en`, against the English pages, but those of the prefixed build alone;
	// - what can differ by language (text, paths, dates, the layout of Chinese text, 404 pages,
	//   search, pages without JavaScript, axe scans, the language switch) runs in `zh` too; what has
	//   no language is tagged @no-language, and what checks both editions itself @both-editions;
	// - `base` runs what a prefix can break (@prefix): the site built under /twelve-days and served
	//   there, except the layout checks that the prefix cannot change (@root-only).
	// Single tests that have no language skip the Chinese project themselves, each saying why.
	projects: [
		{ name: 'en', use: { lang: 'en' }, grepInvert: /@prefix-only/ },
		{ name: 'zh', use: { lang: 'zh' }, grepInvert: /@no-language|@both-editions|@prefix-only/ },
		{
			name: 'base',
			use: { lang: 'en', base: BASE_PATH, baseURL: `http://127.0.0.1:${basePort}` },
			grep: /@prefix/,
			grepInvert: /@root-only/
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
