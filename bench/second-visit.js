// What a second visit costs: the requests that reach the host, and the bytes it sends, when a reader
// who has been to a page comes back to it (a new tab, a normal navigation: not a reload, which asks
// again for everything). The host is scripts/serve.js applying build/_headers (the cache rules of
// src/lib/site/host-headers.ts) and answering revalidations with 304; every request it answers is
// counted there, the offline worker's own included.
//
// Three readers per page:
//   - "HTTP cache only": service workers blocked (a browser without them, or before the worker runs);
//   - "with the offline worker": the site as shipped (the first visit also installs the worker,
//     which fetches the rest of the site in the background: counted as the first visit's);
//   - "no cache rules": the same server without _headers and without validators (every file
//     `no-cache`, no ETag), for comparison: what the rules save.
// Worst case for the second visit: it comes after the first one has finished (nothing in flight),
// and the page is fetched again in full if it changed; here the page did not change, so its HTML
// comes back as 304. A changed page costs its HTML's size on top: the figures list it.
//
// Usage: npm run build && node bench/second-visit.js   (updates the "Second visit" section of
// bench/RESULTS.md and prints it)
import { execSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.js';

const root = new URL('..', import.meta.url).pathname;
const PAGES = ['/', '/day/12'];
/** How long a visit is watched after `load`: the budget's window (lazy chunks, the worker's start). */
const SETTLE_MS = 3000;

/** Starts serve.js with --log; resolves with its origin and a live list of logged responses. */
async function startServer(args) {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', '0', '--log', ...args], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const responses = [];
	let buffer = '';
	const origin = await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => {
			buffer += chunk;
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			for (const line of lines) {
				const served = /served at (http:\/\/\S+?)\/?$/.exec(line);
				if (served) resolve(served[1]);
				else if (line.startsWith('{')) responses.push(JSON.parse(line));
			}
		});
		server.on('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
	});
	return { origin, responses, stop: () => server.kill() };
}

/** The requests the host answered since `from`, and what they weighed. */
function tally(responses, from) {
	const seen = responses.slice(from);
	return {
		requests: seen.length,
		bytes: seen.reduce((sum, r) => sum + r.bytes, 0),
		notModified: seen.filter((r) => r.status === 304).length,
		list: seen.map((r) => `${r.status} ${r.path}`),
		responses: seen
	};
}

async function visit(context, url, { worker }) {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	if (worker)
		// The first visit: wait until the worker has installed (it caches the site) and controls the page.
		await page
			.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
				timeout: 30_000
			})
			.catch(() => {});
	await page.waitForTimeout(SETTLE_MS);
	await page.close();
}

async function measure(browser, server, path, mode) {
	const worker = mode === 'worker';
	const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
	const url = server.origin + path;
	const start = server.responses.length;
	await visit(context, url, { worker });
	const first = tally(server.responses, start);
	const again = server.responses.length;
	await visit(context, url, { worker: false });
	const second = tally(server.responses, again);
	await context.close();
	return { first, second };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const browser = await chromium.launch(findChromium());
const results = [];
// The comparison server: a copy of the build without _headers, and no validators (--no-validators).
const plain = mkdtempSync(join(tmpdir(), 'twelve-days-plain-'));
cpSync(join(root, 'build'), plain, { recursive: true });
rmSync(join(plain, '_headers'));
try {
	const withRules = await startServer([]);
	const withoutRules = await startServer(['--root', plain, '--no-validators']);
	try {
		for (const path of PAGES) {
			results.push({ path, mode: 'http', ...(await measure(browser, withRules, path, 'http')) });
			results.push({
				path,
				mode: 'worker',
				...(await measure(browser, withRules, path, 'worker'))
			});
			results.push({
				path,
				mode: 'plain',
				...(await measure(browser, withoutRules, path, 'http'))
			});
		}
	} finally {
		withRules.stop();
		withoutRules.stop();
	}
} finally {
	await browser.close();
	rmSync(plain, { recursive: true, force: true });
}

const MODE = {
	http: 'HTTP cache only (workers blocked)',
	worker: 'with the offline worker',
	plain: 'no cache rules (comparison)'
};
const html = (path) =>
	readFileSync(join(root, 'build', path === '/' ? 'index.html' : `${path}.html`));
const rows = results.map(
	({ path, mode, first, second }) =>
		`| \`${path}\` | ${MODE[mode]} | ${first.requests} · ${kib(first.bytes)} | ${second.requests} · ${kib(second.bytes)} | ${second.list.length > 3 ? `${second.list.slice(0, 2).join(', ')} and ${second.list.length - 2} more (every script, style and the icon, in full)` : second.list.join(', ')} |`
);
const section = `<!-- second-visit: written by node bench/second-visit.js -->
## Second visit

Measured ${new Date().toISOString().slice(0, 10)} by \`node bench/second-visit.js\` on \`build/\` at commit ${execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim()}: a page visited, then visited again in a new tab of the same browser (a normal navigation, not a reload), each visit watched ${SETTLE_MS / 1000} s past \`load\`. Requests and bytes are those the host (\`scripts/serve.js\`, which does not compress) answered and sent, the offline worker's included; a \`304\` has no body.

| page | reader | first visit: requests · bytes | second visit: requests · bytes | second visit's requests |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

A page that changed between the visits comes back in full instead of as a 304: \`/\` is ${kib(html('/').length)} of HTML (uncompressed), \`/day/12\` ${kib(html('/day/12').length)}. The first visit with the worker includes the worker's own copy of the site (every page of the language read, its data and scripts), fetched in the background after \`load\`.
<!-- /second-visit -->`;

const resultsFile = new URL('RESULTS.md', import.meta.url);
const current = readFileSync(resultsFile, 'utf8');
const block = /<!-- second-visit[\s\S]*?<!-- \/second-visit -->/;
writeFileSync(
	resultsFile,
	block.test(current) ? current.replace(block, section) : `${current.trimEnd()}\n\n${section}\n`
);
console.log(section);

// The point of the rules: a reader who comes back fetches the page's HTML and nothing else (the
// worker's own update check aside). Fails otherwise, e.g. when the rules stop reaching the server.
const onlyItsHtml = ({ path, second }) =>
	second.responses.every(
		(r) => r.status === 304 && (r.path === path || r.path === '/service-worker.js')
	);
const over = results.filter((result) => result.mode !== 'plain' && !onlyItsHtml(result));
if (over.length) {
	console.error(
		`second visit fetched more than its HTML: ${over.map((r) => `${r.path} (${MODE[r.mode]}): ${r.second.list.join(', ')}`).join('; ')}`
	);
	process.exit(1);
}
