// `node bench/run.js` (after `npm run build` and `npm ci --prefix bench`; `npm run bench` does all
// three): the browser benchmark. It measures the worst realistic case, in Chromium, over
// BENCH_RUNS interleaved runs (default 5), and reports medians:
//   - gestures under 4x CPU slow-down, their events sent on a timer without waiting for the page:
//     alternating Ctrl + wheel zoom and a drag pan on a desktop profile, a two-finger pinch and a
//     one-finger pan on a phone profile, and scrolling through the twelve cards on both; ours on
//     / and /day/12, vis-timeline alike, TimelineJS for the drag (gestures.js). For each: frame
//     intervals, long tasks, input-to-frame latency, events delivered, and whether the gesture kept
//     the page changing throughout (an idle gesture is a defect of the benchmark and is flagged);
//   - load, unthrottled and at 4x: FCP, LCP, CLS, blocking time after load, JS and CSS fetched,
//     file by file (load.js); and FCP against a copy of the build without scripts (noscript.js);
//   - Lighthouse, 3 runs per page (lighthouse.js; skip with BENCH_LIGHTHOUSE=0).
// Writes bench/RESULTS.md (tables and the issues' targets, PASS or FAIL), prints the tables, and
// keeps every run's raw figures in bench/out/results.json. Exits with 2 if a gesture went idle.
//
// BENCH_BUILD=dir measures another build than build/ (e.g. a copy with a change to try out).
// BENCH_BASELINE=dir (optional) measures a second build of the site beside it, before and after a
// change, in the same runs: its / and /day/12 are extra pages ("Before /", "Before /day/12") with
// exactly the gestures and loads of ours, interleaved gesture by gesture and load by load (the
// before page first in odd runs, second in even ones), and through Lighthouse (its own proxy,
// runs interleaved too); RESULTS.md then opens with "Before and after (same run)". BENCH_LABEL
// and BENCH_BASELINE_LABEL name the two builds in it (e.g. the commits they were built from).
// Ports: 4199 the site, 4198 the peers, 4197 the script-less copy, 4196 the baseline;
// Lighthouse's compressing proxies take any free port. bench/package.json pins Lighthouse 12 (13
// needs Node 22) and overrides third-party-web and legacy-javascript: @paulirish/trace_engine asks
// for "latest" of both, which breaks `npm ci` each time they publish.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { GESTURES, measureGesture } from './gestures.js';
import { startGzipProxy } from './gzip-proxy.js';
import { measureLoad } from './load.js';
import { makeScriptless } from './noscript.js';
import { PORTS, pagesFor } from './pages.js';
import { buildPeers } from './peers.js';
import { beforeAndAfter, render, targets, warnings } from './report.js';
import { blocked, serve } from './session.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const root = new URL('..', import.meta.url).pathname;
const out = `${root}bench/out`;
/** The build measured: build/ unless BENCH_BUILD names another (e.g. a copy with a change to try). */
const build = resolve(root, process.env.BENCH_BUILD ?? 'build');
/** The build compared with it (BENCH_BASELINE), or null. */
const baseline = process.env.BENCH_BASELINE ? resolve(root, process.env.BENCH_BASELINE) : null;
const PAGES = pagesFor(baseline !== null);
const log = (line) => process.stdout.write(`${line}\n`);

const executablePath = [
	process.env.CHROMIUM,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
].find((path) => path && existsSync(path));

const version = (path) =>
	JSON.parse(readFileSync(`${root}bench/node_modules/${path}/package.json`, 'utf8')).version;

function describeGesture(run, page, id, g) {
	const head = `run ${run + 1}/${RUNS} ${page.name} ${GESTURES[id].title} (${GESTURES[id].device})`;
	if (g.error) return `${head}: ${g.error}`;
	const figures = `frame p95 ${g.frameP95.toFixed(1)} ms, ${g.longTasks} long tasks, input-to-frame p95 ${g.latencyP95.toFixed(0)} ms, ${g.delivered}/${g.dispatched} events, ${g.ignored} changed nothing`;
	return `${head}: ${g.idle ? 'IDLE! ' : ''}${figures}`;
}

/**
 * The pages in the order run `run` measures them: each "Before" page beside ours, first in the
 * first, third, ... runs and second in the others, so that neither build always goes first.
 */
function inOrder(run) {
	const order = [...PAGES];
	for (const [i, page] of order.entries()) {
		if (run % 2 === 0 && page.baseline && order[i - 1]?.id === page.after) {
			[order[i - 1], order[i]] = [page, order[i - 1]];
		}
	}
	return order;
}

/** One run: every gesture on every page that has it (pages interleaved gesture by gesture), then loads. */
async function runOnce(browser, run) {
	const result = { gestures: {}, load: {}, noscript: {} };
	const pages = inOrder(run);
	for (const id of Object.keys(GESTURES)) {
		for (const page of pages.filter((p) => p.gestures.includes(id))) {
			let g;
			try {
				g = await measureGesture(browser, page, id);
			} catch (error) {
				g = { error: String(error.message ?? error).split('\n')[0] };
			}
			(result.gestures[page.id] ??= {})[id] = g;
			log(describeGesture(run, page, id, g));
		}
	}
	// Loads, page by page, each rate in turn: a "Before" page and ours one after the other (so
	// that each follows the same kind of load in both builds), then our script-less copy. Without
	// a baseline: the page, its script-less copy, the page at 4x, its copy at 4x.
	const groups = [];
	for (const page of pages) {
		const last = groups.at(-1);
		if (last && (page.after === last[0].id || last[0].after === page.id)) last.push(page);
		else groups.push([page]);
	}
	for (const group of groups) {
		for (const [rate, throttle] of [
			['x1', 1],
			['x4', 4]
		]) {
			for (const page of group) {
				(result.load[page.id] ??= {})[rate] = await measureLoad(browser, page.url, { throttle });
			}
			for (const page of group.filter((p) => p.noscript)) {
				(result.noscript[page.id] ??= {})[rate] = await measureLoad(browser, page.noscript, {
					throttle,
					settle: 500,
					bytes: false
				});
			}
		}
		for (const page of group) {
			const l = result.load[page.id];
			log(
				`run ${run + 1}/${RUNS} ${page.name} load: FCP ${l.x1.fcp.toFixed(0)} ms (4x ${l.x4.fcp.toFixed(0)}), TBT ${l.x1.tbt.toFixed(0)} ms (4x ${l.x4.tbt.toFixed(0)})`
			);
		}
	}
	return result;
}

/**
 * Lighthouse on / and /day/12, each build through its own compressing proxy; with a baseline,
 * its pages' runs interleaved with ours (before /, /, before /day/12, /day/12, then again with
 * each pair the other way round, and so on).
 * Returns { version, runsPerPage, pages: { [path]: ... }, baseline: { [path]: ... } or null }.
 */
async function lighthouse(chromePath) {
	const { runLighthouse } = await import('./lighthouse.js');
	const paths = ['/', '/day/12'];
	const proxies = [];
	try {
		const ours = { port: PORTS.site, root: build };
		const before = baseline && { port: PORTS.baseline, root: baseline };
		const builds = before ? [before, ours] : [ours];
		for (const b of builds) {
			const proxy = await startGzipProxy(0, b.port);
			proxies.push(proxy);
			b.origin = `http://127.0.0.1:${proxy.address().port}`;
		}
		const urls = paths.flatMap((p) =>
			builds.map((b) => ({ url: `${b.origin}${p}`, root: b.root }))
		);
		const results = await runLighthouse(urls, {
			runs: LIGHTHOUSE_RUNS,
			chromePath,
			alternate: Boolean(before),
			log
		});
		const byPath = (b) => Object.fromEntries(paths.map((p) => [p, results[`${b.origin}${p}`]]));
		const pages = byPath(ours);
		const version = Object.values(pages)[0]?.runs[0]?.version ?? 'unknown';
		return {
			version,
			runsPerPage: LIGHTHOUSE_RUNS,
			pages,
			baseline: before ? byPath(before) : null
		};
	} finally {
		for (const proxy of proxies) proxy.close();
	}
}

const git = (dir, args) =>
	execFileSync('git', ['-C', dir, ...args], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	}).trim();

/** The commit checked out where the benchmark runs, for the record (the build may differ from it). */
function commit() {
	try {
		return git(root, ['rev-parse', '--short', 'HEAD']);
	} catch {
		return 'unknown';
	}
}

/**
 * The commit of the git checkout a build lies in (e.g. build/ of a worktree), noting whether that
 * checkout has changes not committed outside bench/ (the build may hold them); null if none.
 */
function checkoutOf(dir) {
	try {
		const hash = git(dir, ['rev-parse', '--short', 'HEAD']);
		const changed = git(dir, [
			'status',
			'--porcelain',
			'--untracked-files=no',
			'--',
			':(top)',
			':(top,exclude)bench'
		]);
		return changed ? `${hash} (with uncommitted changes)` : hash;
	} catch {
		return null;
	}
}

function machine(browser) {
	const cpu = cpus()[0]?.model ?? 'unknown CPU';
	return `${platform()} ${release()}, ${cpu} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
}

/** Prints the report's tables (everything from the targets on) and writes the files. */
function report(results) {
	mkdirSync(out, { recursive: true });
	writeFileSync(`${out}/results.json`, JSON.stringify(results, null, '\t'));
	const markdown = render(results);
	writeFileSync(new URL('RESULTS.md', import.meta.url), markdown);
	log(`\n${markdown}`);
	log('wrote bench/RESULTS.md and bench/out/results.json');
}

if (!existsSync(`${build}/index.html`)) {
	console.error(`No build in ${build}: run \`npm run build\` first.`);
	process.exit(1);
}
if (baseline && !existsSync(`${baseline}/index.html`)) {
	console.error(`BENCH_BASELINE: no build in ${baseline} (no index.html).`);
	process.exit(1);
}
if (!existsSync(`${root}bench/node_modules/vis-timeline`)) {
	console.error('The peers are not installed: run `npm ci --prefix bench` first.');
	process.exit(1);
}
const started = Date.now();
await buildPeers();
makeScriptless(build, `${out}/noscript`);
const servers = [];
try {
	// Started one by one inside the try: if one cannot start, those already started are stopped.
	servers.push(await serve(PORTS.site, ['--root', build]));
	servers.push(await serve(PORTS.peers, ['--root', `${out}/peers`]));
	servers.push(await serve(PORTS.noscript, ['--root', `${out}/noscript`]));
	if (baseline) servers.push(await serve(PORTS.baseline, ['--root', baseline]));
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	const results = {
		meta: {
			date: new Date().toISOString().slice(0, 10),
			machine: machine(browser),
			build: build === resolve(root, 'build') ? 'build/' : build,
			commit: commit(),
			// With BENCH_BASELINE, the two builds compared: where each is, the commit of the git
			// checkout it lies in (null if none) and the label given to it.
			after: baseline
				? { dir: build, commit: checkoutOf(build), label: process.env.BENCH_LABEL ?? '' }
				: null,
			baseline: baseline
				? {
						dir: baseline,
						commit: checkoutOf(baseline),
						label: process.env.BENCH_BASELINE_LABEL ?? ''
					}
				: null,
			loadavg: { start: loadavg()[0].toFixed(2), end: '' },
			runs: RUNS,
			comment: process.env.BENCH_COMMENT ?? '',
			versions: { vis: version('vis-timeline'), timelinejs: version('@knight-lab/timelinejs') },
			blocked: []
		},
		runs: [],
		lighthouse: null
	};
	try {
		for (let run = 0; run < RUNS; run++) results.runs.push(await runOnce(browser, run));
	} finally {
		await browser.close();
	}
	results.meta.blocked = [...blocked];
	if (LIGHTHOUSE) {
		results.lighthouse = await lighthouse(executablePath);
		results.meta.machine += `, Lighthouse ${results.lighthouse.version}`;
	}
	results.meta.seconds = Math.round((Date.now() - started) / 1000);
	results.meta.loadavg.end = loadavg()[0].toFixed(2);
	report(results);
	const failed = targets(results.runs, results.lighthouse).filter((t) => t[2] !== 'PASS').length;
	log(`${failed} target(s) not met; took ${results.meta.seconds} s.`);
	if (baseline) {
		const rows = beforeAndAfter(results.runs, results.lighthouse);
		const over = rows.filter((r) => r.meets.startsWith('FAIL')).length;
		const worse = rows.filter((r) => r.noWorse !== 'no worse').length;
		log(
			`Before and after: ${over} figure(s) over their limit, ${worse} not shown to be no worse than before.`
		);
	}
	const idle = warnings(results.runs).filter((w) => w.includes('IDLE') || w.includes('found no'));
	if (idle.length) {
		console.error(
			`\nWARNING: ${idle.length} gesture(s) went idle or could not start: the benchmark, not the page, is at fault:\n${idle.join('\n')}`
		);
		process.exitCode = 2;
	}
} finally {
	for (const server of servers) server.kill();
}
