// `npm run bench`: loads the production build in Chromium and measures what a reader feels.
// For / and /day/12: JS and CSS bytes (gzip) on first load, FCP, LCP, CLS, and, under 4x CPU
// throttling, frame intervals and long tasks while 40 Ctrl+wheel zoom steps and a 300 px drag
// run over the timeline. Medians of RUNS runs. Not a test: it prints figures, it asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4199;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/day/12'];
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
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function startServer() {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(PORT)], {
		cwd: new URL('..', import.meta.url).pathname,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('served at') && resolve());
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return server;
}

/** Observers installed before any page script runs. */
const OBSERVERS = () => {
	window.__bench = { fcp: 0, lcp: 0, cls: 0, longTasks: [], frames: [], recording: false };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		if (!window.__bench.recording) return;
		for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration);
	}).observe({ type: 'longtask' });
};

async function measure(browser, path) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(OBSERVERS);
	const bytes = { js: 0, css: 0 };
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		bytes[type === 'script' ? 'js' : 'css'] += gzipSync(body, { level: 9 }).length;
	});
	await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Zoom in' }).waitFor({ state: 'visible' });
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('')
	);
	bytes.js += gzipSync(Buffer.from(inline), { level: 9 }).length;
	// Let LCP settle, then read the load metrics.
	await page.waitForTimeout(300);
	const load = await page.evaluate(() => ({ fcp: window.__bench.fcp, lcp: window.__bench.lcp }));

	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const box = await page.locator('.viewport').boundingBox();
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.evaluate(() => {
		const b = window.__bench;
		b.recording = true;
		let last = performance.now();
		const tick = (now) => {
			if (!b.recording) return;
			b.frames.push(now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await page.keyboard.down('Control');
	// 40 notches in: from the whole three weeks to about four days.
	for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -30);
	await page.keyboard.up('Control');
	await page.mouse.move(x, y - 40);
	await page.mouse.down();
	await page.mouse.move(x - 300, y - 40, { steps: 30 });
	await page.mouse.up();
	await page.waitForTimeout(300);
	const interaction = await page.evaluate(() => {
		const b = window.__bench;
		b.recording = false;
		return { frames: b.frames.slice(1), longTasks: b.longTasks, cls: b.cls };
	});
	await context.close();
	return {
		jsGzip: bytes.js,
		cssGzip: bytes.css,
		fcp: load.fcp,
		lcp: load.lcp,
		cls: interaction.cls,
		frameP50: percentile(interaction.frames, 50),
		frameP95: percentile(interaction.frames, 95),
		frameMax: Math.max(...interaction.frames),
		longTasks: interaction.longTasks.length,
		longestTask: Math.max(0, ...interaction.longTasks)
	};
}

const server = await startServer();
const browser = await chromium.launch({
	executablePath,
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});
try {
	const results = Object.fromEntries(PAGES.map((p) => [p, []]));
	// Interleave pages so that drift in the machine's load affects both alike.
	for (let run = 0; run < RUNS; run++) {
		for (const path of PAGES) results[path].push(await measure(browser, path));
	}
	const rows = [
		['JS gzip (KiB)', 'jsGzip', (v) => (v / 1024).toFixed(1)],
		['CSS gzip (KiB)', 'cssGzip', (v) => (v / 1024).toFixed(1)],
		['FCP (ms)', 'fcp', (v) => v.toFixed(0)],
		['LCP (ms)', 'lcp', (v) => v.toFixed(0)],
		['CLS', 'cls', (v) => v.toFixed(3)],
		['frame p50 (ms), 4x CPU', 'frameP50', (v) => v.toFixed(1)],
		['frame p95 (ms), 4x CPU', 'frameP95', (v) => v.toFixed(1)],
		['frame max (ms), 4x CPU', 'frameMax', (v) => v.toFixed(1)],
		['long tasks (count)', 'longTasks', (v) => String(v)],
		['longest task (ms)', 'longestTask', (v) => v.toFixed(0)]
	];
	console.log(
		`\nTwelve Days benchmark: medians of ${RUNS} runs, Chromium ${browser.version()}, 1280x800\n`
	);
	console.log(`| metric | ${PAGES.join(' | ')} |`);
	console.log(`| --- | ${PAGES.map(() => '---:').join(' | ')} |`);
	for (const [label, key, fmt] of rows) {
		console.log(
			`| ${label} | ${PAGES.map((p) => fmt(median(results[p].map((r) => r[key])))).join(' | ')} |`
		);
	}
	console.log('\nTargets: frame p95 <= 16.7 ms; no long task over 50 ms during the interaction.');
} finally {
	await browser.close();
	server.kill();
}
