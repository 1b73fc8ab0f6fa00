// `npm run budget`: loads every built page in Chromium and adds up the JavaScript and CSS it
// fetches within budget.json's window after load, or until it has hydrated and gone quiet if that
// comes first (modules imported after hydration included, inline scripts and styles too),
// gzip-compressed; fails if any page is over budget.json.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.js';
import { allPages } from './size.js';

const budget = JSON.parse(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
// A free port, picked by the system: several checkouts can run the budget side by side.
let origin = '';
/** The embed pages (/embed, /embed/day/N, and the Chinese ones). */
const EMBED = /^(\/zh)?\/embed(\/|$)/;
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);
/** A page that has fetched nothing for this long after hydrating has finished loading. */
const QUIET_MS = 300;

/**
 * What one page fetches: JS and CSS bytes (gzip), by loading it and waiting out the window. A page
 * that registers the service worker fetches its script on load too: that counts as its JS (what the
 * worker then caches for offline reading is fetched in the background, and is not counted).
 */
async function weigh(browser, path) {
	const page = await browser.newPage();
	// The worker's script is noted, not run: each page would otherwise install one and precache the site.
	await page.addInitScript(() => {
		ServiceWorkerContainer.prototype.register = function (url) {
			globalThis.workerScript = String(url);
			return new Promise(() => {});
		};
	});
	const bodies = [];
	const onResponse = (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		bodies.push(
			response
				.body()
				.then((body) => ({ kind: type === 'script' ? 'js' : 'css', bytes: gzip(body) }))
		);
	};
	page.on('response', onResponse);
	// The window: until the page has gone quiet (hydrated, idle, no request for QUIET_MS) or
	// windowMs after load, whichever comes first. A page that is still fetching is waited for.
	let inFlight = 0;
	let lastActivity = Date.now();
	const busy = () => ((lastActivity = Date.now()), inFlight++);
	const done = () => ((lastActivity = Date.now()), inFlight--);
	page.on('request', busy);
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	await page.goto(origin + path, { waitUntil: 'load' });
	const end = Date.now() + budget.windowMs;
	// Two idle callbacks in a row: hydration (and what it imports) has run by then.
	await page.evaluate(async () => {
		const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
		await idle();
		await idle();
	});
	// An explorer page registers the offline worker once it is idle: its script is waited for too.
	const registers = !EMBED.test(path) && !/(^|\/)404$/.test(path);
	const settled = async () =>
		inFlight === 0 &&
		Date.now() - lastActivity >= QUIET_MS &&
		(!registers || (await page.evaluate(() => Boolean(globalThis.workerScript))));
	while (Date.now() < end && !(await settled()))
		await new Promise((resolve) => setTimeout(resolve, 50));
	// The window is over: a response that comes later is not weighed, and is not left reading its
	// body from a page about to close (that rejected, and crashed the script, on a busy machine).
	page.off('response', onResponse);
	const inline = await page.evaluate(() => ({
		js: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join(''),
		css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('')
	}));
	const weight = { js: inline.js ? gzip(inline.js) : 0, css: inline.css ? gzip(inline.css) : 0 };
	for (const { kind, bytes } of await Promise.all(bodies)) weight[kind] += bytes;
	const worker = await page.evaluate(() => globalThis.workerScript);
	if (worker)
		weight.js += gzip(await (await page.request.get(new URL(worker, origin).href)).body());
	await page.close();
	return weight;
}

const pages = allPages().map((p) => p.page);
if (pages.length === 0) {
	console.error('budget: no pages in build/; run `npm run build` first');
	process.exit(1);
}
const server = spawn(process.execPath, ['scripts/serve.js', '--port', '0'], {
	cwd: new URL('..', import.meta.url).pathname,
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve, reject) => {
	server.stdout.on('data', (chunk) => {
		const served = /served at (http:\/\/[^/\s]+)/.exec(String(chunk));
		if (served) {
			origin = served[1];
			resolve();
		}
	});
	server.on('exit', (code) => reject(new Error(`budget: the server exited with ${code}`)));
});
let over = 0;
let browser;
try {
	browser = await chromium.launch(findChromium());
	// A few pages at a time: each mostly waits out its window.
	const results = new Map();
	const queue = [...pages];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			for (let path = queue.shift(); path; path = queue.shift())
				results.set(path, await weigh(browser, path));
		})
	);
	for (const path of pages) {
		const { js, css } = results.get(path);
		// An embed is weighed whole (JS and CSS together): it loads on someone else's page.
		const embed = EMBED.test(path);
		const jsLimit = budget.jsKiB[path] ?? budget.jsKiB.default;
		const flags = embed
			? [js + css > budget.embedKiB * 1024 && `JS + CSS over ${budget.embedKiB} KiB`]
			: [
					js > jsLimit * 1024 && `JS over ${jsLimit} KiB`,
					css > budget.cssKiB * 1024 && `CSS over ${budget.cssKiB} KiB`
				];
		const problems = flags.filter(Boolean);
		if (problems.length) over++;
		console.log(
			`${path.padEnd(32)} JS ${kib(js).padStart(5)} KiB, CSS ${kib(css).padStart(4)} KiB${embed ? `, together ${kib(js + css).padStart(4)} KiB` : ''}${problems.length ? `  ${problems.join(', ')}` : ''}`
		);
	}
	console.log(
		`budget: within ${budget.windowMs / 1000} s of load, JS ${JSON.stringify(budget.jsKiB)} KiB and CSS ${budget.cssKiB} KiB (gzip) per page, embeds ${budget.embedKiB} KiB of JS and CSS together; ${over === 0 ? 'all pages within it' : `${over} page(s) over`}`
	);
} finally {
	await browser?.close();
	server.kill();
}
process.exit(over === 0 ? 0 : 1);
