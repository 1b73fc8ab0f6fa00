// Load figures for one page in a fresh (cold) desktop context: FCP, LCP, CLS, total blocking time
// after load, and the JS and CSS it fetched, each file with its size raw and gzipped.
import { gzipSync } from 'node:zlib';
import { totalBlockingTime } from './metrics.js';
import { DEVICES } from './pages.js';
import { openContext } from './session.js';

/** How long after the load event the page is watched (long tasks, late chunks). */
export const SETTLE_MS = 3000;
/** Chunks whose request starts within this long after the load event count as fetched "within 2 s of load". */
export const EARLY_MS = 2000;

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** In the page: what the observers saw, the load event's time and when each resource was requested. */
function readLoad() {
	const b = window.__bench;
	const nav = performance.getEntriesByType('navigation')[0];
	return {
		fcp: b.fcp,
		lcp: b.lcp,
		cls: b.cls,
		longTasks: b.longTasks,
		loadEnd: nav?.loadEventEnd ?? 0,
		requested: Object.fromEntries(
			performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])
		),
		inline: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '')
	};
}

/** Records the body of every script and stylesheet the page fetches. */
function collectFiles(page) {
	const files = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		files.push(
			response.body().then(
				(body) => ({
					url: response.url(),
					kind: type === 'script' ? 'js' : 'css',
					raw: body.length,
					gzip: gzip(body)
				}),
				() => null
			)
		);
	});
	return async () => (await Promise.all(files)).filter(Boolean);
}

const sum = (files, kind, key) =>
	files.filter((f) => f.kind === kind).reduce((total, f) => total + f[key], 0);

/**
 * Loads `url` at CPU slow-down `throttle`, watches it for `settle` ms after the load event and
 * returns its figures. With `bytes: false`, paint timings only (for the script-less copy).
 */
export async function measureLoad(
	browser,
	url,
	{ throttle = 1, settle = SETTLE_MS, bytes = true } = {}
) {
	const context = await openContext(browser, DEVICES.desktop);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		const files = collectFiles(page);
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(settle);
		const seen = await page.evaluate(readLoad);
		const tbt = totalBlockingTime(seen.longTasks, seen.fcp, seen.loadEnd + settle);
		const paints = { fcp: seen.fcp, lcp: seen.lcp, cls: seen.cls, tbt, loadEnd: seen.loadEnd };
		if (!bytes) return paints;
		const chunks = (await files()).map((f) => {
			const start = seen.requested[f.url];
			const path = new URL(f.url).pathname;
			return {
				...f,
				url: path,
				start,
				early: start !== undefined && start <= seen.loadEnd + EARLY_MS
			};
		});
		const early = chunks.filter((c) => c.early);
		const inline = Buffer.from(seen.inline.join(''));
		return {
			...paints,
			jsRequests: chunks.filter((c) => c.kind === 'js').length,
			js: sum(chunks, 'js', 'raw'),
			jsGzip: sum(chunks, 'js', 'gzip'),
			cssRequests: chunks.filter((c) => c.kind === 'css').length,
			css: sum(chunks, 'css', 'raw'),
			cssGzip: sum(chunks, 'css', 'gzip'),
			inlineJs: inline.length,
			inlineJsGzip: inline.length ? gzip(inline) : 0,
			earlyJsGzip: sum(early, 'js', 'gzip'),
			earlyCssGzip: sum(early, 'css', 'gzip'),
			chunks
		};
	} finally {
		await context.close();
	}
}
