// `npm run bench`: loads the production build and two peer timelines (vis-timeline, TimelineJS)
// with the same twelve events in Chromium, interleaved over RUNS runs, and reports medians of:
// requests and bytes (raw and gzip) of JS and CSS, FCP, LCP, CLS, total blocking time, and, under
// 4x CPU throttling, frame intervals and long tasks during 40 Ctrl+wheel zoom steps and a 300 px
// drag over each timeline. Writes bench/RESULTS.md. Not a test: it measures, it asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildPeers } from './peers.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = new URL('..', import.meta.url).pathname;
const SITE = 'http://127.0.0.1:4199';
const PEERS = 'http://127.0.0.1:4198';

/** What is measured: a page, how to tell it is ready, and the element the gestures run over. */
const TARGETS = [
	{ name: 'Twelve Days /', url: `${SITE}/`, ready: '.markers a', area: '.viewport', ours: true },
	{
		name: 'Twelve Days /day/12',
		url: `${SITE}/day/12`,
		ready: '.markers a',
		area: '.viewport',
		ours: true
	},
	{ name: 'vis-timeline', url: `${PEERS}/vis`, ready: '.vis-item', area: '.vis-timeline' },
	{ name: 'TimelineJS', url: `${PEERS}/timelinejs`, ready: '.tl-timenav', area: '.tl-timenav' }
];

const executablePath = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
].find(existsSync);

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return (
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
	);
};

async function serve(port, args = []) {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), ...args], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('served at') && resolve());
		server.on('exit', (code) => reject(new Error(`server on ${port} exited with ${code}`)));
	});
	return server;
}

/** Observers installed before any page script runs. */
const OBSERVERS = () => {
	const b = (window.__bench = {
		fcp: 0,
		lcp: 0,
		cls: 0,
		loadTasks: [],
		longTasks: [],
		frames: [],
		recording: false
	});
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (b.recording) b.longTasks.push(e.duration);
			else b.loadTasks.push({ start: e.startTime, duration: e.duration });
		}
	}).observe({ type: 'longtask', buffered: true });
};

/** In the page: start recording frame intervals and long tasks afresh. */
const START_RECORDING = () => {
	const b = window.__bench;
	b.frames = [];
	b.longTasks = [];
	b.recording = true;
	let last = performance.now();
	const tick = (now) => {
		if (!b.recording) return;
		b.frames.push(now - last);
		last = now;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
};

/** In the page: stop recording and hand back what was recorded (the first interval is partial). */
const STOP_RECORDING = () => {
	const b = window.__bench;
	b.recording = false;
	return { frames: b.frames.slice(1), longTasks: b.longTasks, cls: b.cls };
};

async function measure(browser, target) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const blocked = [];
	await context.route(
		(url) =>
			!url.href.startsWith(SITE) && !url.href.startsWith(PEERS) && !url.protocol.startsWith('data'),
		(route) => {
			blocked.push(route.request().url());
			return route.abort();
		}
	);
	const page = await context.newPage();
	await page.addInitScript(OBSERVERS);
	const bytes = { jsRequests: 0, js: 0, jsGzip: 0, cssRequests: 0, css: 0, cssGzip: 0 };
	const pending = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		pending.push(
			response.body().then(
				(body) => {
					const kind = type === 'script' ? 'js' : 'css';
					bytes[`${kind}Requests`]++;
					bytes[kind] += body.length;
					bytes[`${kind}Gzip`] += gzipSync(body, { level: 9 }).length;
				},
				() => {}
			)
		);
	});
	await page.goto(target.url, { waitUntil: 'networkidle' });
	await page.locator(target.ready).first().waitFor({ state: 'visible' });
	await Promise.all(pending);
	// Inline scripts are JavaScript too (SvelteKit's hydration data and start-up code).
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('')
	);
	if (inline) {
		bytes.js += Buffer.byteLength(inline);
		bytes.jsGzip += gzipSync(Buffer.from(inline), { level: 9 }).length;
	}
	await page.waitForTimeout(500);
	const load = await page.evaluate(() => {
		const b = window.__bench;
		// Total blocking time: the part of each long task past 50 ms, after first contentful paint.
		const tbt = b.loadTasks
			.filter((t) => t.start >= b.fcp)
			.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
		return { fcp: b.fcp, lcp: b.lcp, tbt };
	});

	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const box = await page.locator(target.area).first().boundingBox();
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 60);
	await page.mouse.move(x, y);
	await page.evaluate(START_RECORDING);
	await page.keyboard.down('Control');
	for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -30);
	await page.keyboard.up('Control');
	await page.mouse.down();
	await page.mouse.move(x - 300, y, { steps: 30 });
	await page.mouse.up();
	await page.waitForTimeout(300);
	const interaction = await page.evaluate(STOP_RECORDING);
	// Ours only: scroll with the wheel from the top of the page past the last of the twelve cards,
	// still under 4x throttling, while the sticky timeline follows the card in view.
	let scroll = null;
	if (target.ours) {
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.mouse.move(640, 700);
		await page.evaluate(START_RECORDING);
		const end = await page.evaluate(
			() => document.getElementById('card-12').getBoundingClientRect().bottom + window.scrollY
		);
		for (let i = 0; i < 200; i++) {
			await page.mouse.wheel(0, 100);
			if ((await page.evaluate(() => window.scrollY + window.innerHeight)) >= end) break;
		}
		await page.waitForTimeout(300);
		scroll = await page.evaluate(STOP_RECORDING);
	}
	await context.close();
	return {
		...bytes,
		...load,
		cls: interaction.cls,
		frameP50: percentile(interaction.frames, 50),
		frameP95: percentile(interaction.frames, 95),
		frameMax: Math.max(...interaction.frames),
		longTasks: interaction.longTasks.length,
		longestTask: Math.max(0, ...interaction.longTasks),
		scrollP50: scroll ? percentile(scroll.frames, 50) : NaN,
		scrollP95: scroll ? percentile(scroll.frames, 95) : NaN,
		scrollMax: scroll ? Math.max(...scroll.frames) : NaN,
		scrollLongTasks: scroll ? scroll.longTasks.length : NaN,
		clsAfterScroll: scroll ? scroll.cls : NaN,
		blocked: blocked.length,
		blockedUrls: blocked
	};
}

const ROWS = [
	['JS requests', 'jsRequests', (v) => String(v), 'lower'],
	['JS raw (KiB)', 'js', (v) => (v / 1024).toFixed(1), 'lower'],
	['JS gzip (KiB)', 'jsGzip', (v) => (v / 1024).toFixed(1), 'lower'],
	['CSS requests', 'cssRequests', (v) => String(v), 'lower'],
	['CSS raw (KiB)', 'css', (v) => (v / 1024).toFixed(1), 'lower'],
	['CSS gzip (KiB)', 'cssGzip', (v) => (v / 1024).toFixed(1), 'lower'],
	['FCP (ms)', 'fcp', (v) => v.toFixed(0), 'lower'],
	['LCP (ms)', 'lcp', (v) => v.toFixed(0), 'lower'],
	['CLS', 'cls', (v) => v.toFixed(3), 'lower'],
	['Total blocking time (ms)', 'tbt', (v) => v.toFixed(0), 'lower'],
	['Frame interval p50 (ms), 4x CPU', 'frameP50', (v) => v.toFixed(1), 'lower'],
	['Frame interval p95 (ms), 4x CPU', 'frameP95', (v) => v.toFixed(1), 'lower'],
	['Frame interval max (ms), 4x CPU', 'frameMax', (v) => v.toFixed(1), 'lower'],
	['Long tasks during interaction', 'longTasks', (v) => String(v), 'lower'],
	['Longest task during interaction (ms)', 'longestTask', (v) => v.toFixed(0), 'lower'],
	['Scrolling the 12 cards: frame p50 (ms), 4x CPU', 'scrollP50', (v) => v.toFixed(1), 'lower'],
	['Scrolling the 12 cards: frame p95 (ms), 4x CPU', 'scrollP95', (v) => v.toFixed(1), 'lower'],
	['Scrolling the 12 cards: frame max (ms), 4x CPU', 'scrollMax', (v) => v.toFixed(1), 'lower'],
	['Scrolling the 12 cards: long tasks', 'scrollLongTasks', (v) => String(v), 'lower'],
	['CLS after load, zoom and scroll', 'clsAfterScroll', (v) => v.toFixed(3), 'lower'],
	['Off-site requests blocked', 'blocked', (v) => String(v), 'lower']
];

await buildPeers();
const site = await serve(4199);
const peers = await serve(4198, ['--root', 'bench/out']);
const browser = await chromium.launch({
	executablePath,
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});
try {
	const results = new Map(TARGETS.map((t) => [t.name, []]));
	for (let run = 0; run < RUNS; run++) {
		// Interleaved, so that drift in the machine's load touches every page alike.
		for (const target of TARGETS) results.get(target.name).push(await measure(browser, target));
		process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
	}
	const med = (name, key) => median(results.get(name).map((r) => r[key]));
	const names = TARGETS.map((t) => t.name);
	const lines = [];
	lines.push(`| metric | ${names.join(' | ')} | / vs vis-timeline | / vs TimelineJS |`);
	lines.push(`| --- | ${names.map(() => '---:').join(' | ')} | ---: | ---: |`);
	const show = (fmt) => (v) => (Number.isNaN(v) ? 'n/a' : fmt(v));
	for (const [label, key, rawFmt] of ROWS) {
		const fmt = show(rawFmt);
		const ours = med('Twelve Days /', key);
		const ratio = (peer) => {
			const theirs = med(peer, key);
			if (Number.isNaN(theirs)) return 'n/a';
			if (theirs === 0) return ours === 0 ? '=' : '—';
			return `${(ours / theirs).toFixed(2)}×`;
		};
		lines.push(
			`| ${label} | ${names.map((n) => fmt(med(n, key))).join(' | ')} | ${ratio('vis-timeline')} | ${ratio('TimelineJS')} |`
		);
	}
	const blockedUrls = [...new Set([...results.values()].flat().flatMap((r) => r.blockedUrls))];
	const machine = `${platform()} ${release()}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
	const table = lines.join('\n');
	console.log(`\n${table}\n`);
	const date = new Date().toISOString().slice(0, 10);
	writeFileSync(
		new URL('RESULTS.md', import.meta.url),
		`# Benchmark results

Measured ${date} by \`npm run bench\` on ${machine}.
Medians of ${RUNS} interleaved runs per page, 1280x800 viewport, all pages served from localhost by
\`scripts/serve.js\` (no compression; gzip sizes computed from the bytes served).

- **Pages.** Twelve Days' overview (\`/\`) and a day with its panel open (\`/day/12\`); the same twelve
  events (number, short title, livestream time) in vis-timeline ${'8.5.4'} (standalone build) and in
  Knight Lab's TimelineJS ${'3.9.11'} (TimelineJS's own fonts switched off with \`font: null\`, so it
  does not reach for a font service).
- **Load.** JS and CSS requests and bytes as fetched (inline scripts count as JS), FCP, LCP, CLS, and
  total blocking time (long tasks past 50 ms, after FCP).
- **Interaction**, under 4x CPU throttling: 40 Ctrl + wheel steps over the timeline, then a 300 px
  drag; frame intervals from \`requestAnimationFrame\` and long tasks while they run. vis-timeline is
  set to zoom with Ctrl + wheel like ours; TimelineJS has no wheel zoom (its timeline only pans), so
  its wheel steps do nothing and its figures are for the drag alone.
- **Scrolling** (ours only; the peers have no reading path): the wheel scrolls from the top of the
  page past the twelfth card under 4x throttling, with the sticky timeline following the card in view.
- **Ratios** are ours (\`/\`) divided by the peer's: below 1 is better for every row.
- Off-site requests would be blocked and listed here: ${blockedUrls.length === 0 ? 'none were attempted' : blockedUrls.join(', ')}.

${table}
`
	);
	console.log('wrote bench/RESULTS.md');
} finally {
	await browser.close();
	site.kill();
	peers.kill();
}
