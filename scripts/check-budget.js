// `npm run budget`: the JavaScript and CSS each built page loads, gzip-compressed, against
// budget.json; fails if any page is over. What a page fetches is measured in Chromium, from load
// until it has settled (modules imported after hydration and the offline worker's script
// included), on one page of each kind: pages in one language whose HTML names the same files fetch
// the same files. Each page's own inline scripts and styles are added.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.js';
import { allPages, inlineCode } from './size.js';

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
 * What one page fetches: JS and CSS bytes (gzip), by loading it until it has settled. A page
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
	// The page is weighed once it has settled: hydrated, idle, its offline worker
	// registered (an explorer page does that once idle) and no request for QUIET_MS. One that has
	// not settled within settleMs fails the check, rather than be weighed short.
	let inFlight = 0;
	let lastActivity = Date.now();
	const busy = () => ((lastActivity = Date.now()), inFlight++);
	const done = () => ((lastActivity = Date.now()), inFlight--);
	page.on('request', busy);
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	await page.goto(origin + path, { waitUntil: 'load' });
	const end = Date.now() + budget.settleMs;
	// Two idle callbacks in a row: hydration (and what it imports) has run by then.
	await page.evaluate(async () => {
		const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
		await idle();
		await idle();
	});
	const registers = !EMBED.test(path) && !/(^|\/)404$/.test(path);
	const settled = async () =>
		inFlight === 0 &&
		Date.now() - lastActivity >= QUIET_MS &&
		// An explorer page has registered its offline worker. (Embeds and 404s are not hydrated.)
		(!registers || (await page.evaluate(() => Boolean(globalThis.workerScript))));
	while (!(await settled())) {
		if (Date.now() > end)
			throw new Error(`budget: ${path} had not settled ${budget.settleMs} ms after load`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	// A response that comes later is not weighed, and is not left reading its body from a page
	// about to close (that rejected, and crashed the script, on a busy machine).
	page.off('response', onResponse);
	const weight = { js: 0, css: 0 };
	for (const { kind, bytes } of await Promise.all(bodies)) weight[kind] += bytes;
	const worker = await page.evaluate(() => globalThis.workerScript);
	if (worker)
		weight.js += gzip(await (await page.request.get(new URL(worker, origin).href)).body());
	await page.close();
	return weight;
}

/**
 * A page's kind: its language and every build file its HTML mentions (including the disabled links
 * to the CSS it inlines, which name its route). Pages in one language that mention the same files
 * (e.g. the twelve English days) fetch the same files, lazily imported ones included (the
 * interface text is imported by language).
 */
const kindOf = (html) =>
	[
		/<html lang="([^"]*)"/.exec(html)?.[1],
		...new Set(html.match(/\/_app\/immutable\/[^"'()\s]+/g) ?? [])
	]
		.sort()
		.join(' ');
const pages = allPages().map(({ page, file }) => {
	const html = readFileSync(file, 'utf8');
	const inline = inlineCode(html);
	return {
		path: page,
		kind: kindOf(html),
		// Its own inline scripts and styles, gzip-compressed.
		inline: { js: inline.js ? gzip(inline.js) : 0, css: inline.css ? gzip(inline.css) : 0 }
	};
});
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
	// One page of each kind is loaded, a few at a time; every page adds its own inline code to what
	// its kind fetched.
	const kinds = new Map();
	for (const { path, kind } of pages) if (!kinds.has(kind)) kinds.set(kind, path);
	const fetched = new Map();
	const queue = [...kinds.entries()];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			for (let next = queue.shift(); next; next = queue.shift())
				fetched.set(next[0], await weigh(browser, next[1]));
		})
	);
	console.log(`budget: ${pages.length} pages of ${kinds.size} kinds, one of each loaded`);
	for (const { path, kind, inline } of pages) {
		const files = fetched.get(kind);
		const js = files.js + inline.js;
		const css = files.css + inline.css;
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
		`budget: JS ${JSON.stringify(budget.jsKiB)} KiB and CSS ${budget.cssKiB} KiB (gzip) per page, embeds ${budget.embedKiB} KiB of JS and CSS together; ${over === 0 ? 'all pages within it' : `${over} page(s) over`}`
	);
} finally {
	await browser?.close();
	server.kill();
}
process.exit(over === 0 ? 0 : 1);
