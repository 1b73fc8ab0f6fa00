// Medians over the runs, the tables (Markdown, printed and written to bench/RESULTS.md) and the
// targets from the issues, each computed and marked PASS or FAIL; with a baseline (BENCH_BASELINE),
// the figures issue 21 says must not get worse, before and after, from the same runs.
import { readFileSync } from 'node:fs';
import { GESTURES } from './gestures.js';
import { EARLY_MS, SETTLE_MS } from './load.js';
import { MAX_IGNORED_IN_A_ROW, MIN_ACTIVE, TAIL_MS, median } from './metrics.js';
import { BASELINE_PAGES, DEVICES, PAGES } from './pages.js';

/** One frame at 60 Hz (16.7 ms) plus 0.3 ms for the jitter of the frame clock. */
export const ONE_FRAME = 17.0;
/** The jitter of the frame clock: frame intervals this close are the same. */
const FRAME_JITTER = 0.3;
/**
 * A frame interval at the resolution of requestAnimationFrame's timestamps (0.1 ms): a p95 of
 * 33.40000000000009 ms is 33.4, as shown, and meets "at most 33.4".
 */
const tenth = (v) => Math.round(v * 10) / 10;

/**
 * Issue 21 ("the same speed on code the next engineer can change"): the limits of the figures
 * that must not get worse. Frame p95 of a zoom (alternating Ctrl + wheel on the desktop, pinch on
 * the phone) and of a pan (drag on the desktop, touch on the phone), in ms; Lighthouse mobile
 * performance in every run, by path; JS fetched by /, gzip, in KiB.
 */
export const ISSUE_21 = {
	zoomFrameP95: 33.4,
	panFrameP95: ONE_FRAME,
	lighthouse: { '/': 98, '/day/12': 95 },
	jsGzipKiB: 75
};

const ok = (v) => typeof v === 'number' && Number.isFinite(v);
const fixed = (digits) => (v) => (ok(v) ? v.toFixed(digits) : 'n/a');
const ms0 = fixed(0);
const ms1 = fixed(1);
const kib = (v) => (ok(v) ? (v / 1024).toFixed(1) : 'n/a');
const int = (v) => (ok(v) ? String(Math.round(v)) : 'n/a');
const ALL_PAGES = [...PAGES, ...BASELINE_PAGES];
const pageOf = (id) => ALL_PAGES.find((p) => p.id === id);
const pageName = (id) => pageOf(id)?.name ?? id;
/** Ours, not the baseline's: the pages the targets are about. */
const mine = (p) => p.ours && !p.baseline;

/**
 * The pages measured in these runs, in the order of the tables: the baseline's ("Before") only if
 * a run measured them, each beside ours.
 */
function pagesIn(runs) {
	const measured = (p) => runs.some((r) => r.gestures[p.id] || r.load[p.id]);
	return PAGES.flatMap((p) => [
		p,
		...BASELINE_PAGES.filter((b) => b.after === p.id && measured(b))
	]);
}

/** The runs' figures for one page and gesture (skipping runs that failed). */
const gestureRuns = (runs, page, gesture) =>
	runs.map((r) => r.gestures[page]?.[gesture]).filter((g) => g && !g.error);

/** Median over the runs of one key of a gesture's summary. */
export function gestureMedian(runs, page, gesture, key) {
	return median(gestureRuns(runs, page, gesture).map((g) => g[key]));
}

const idleRuns = (runs, page, gesture) =>
	gestureRuns(runs, page, gesture).filter((g) => g.idle).length;

const loadMedian = (runs, page, rate, key, source = 'load') =>
	median(runs.map((r) => r[source][page]?.[rate]?.[key]));

function table(headings, rows, align = headings.map((_, i) => (i === 0 ? '---' : '---:'))) {
	return [`| ${headings.join(' | ')} |`, `| ${align.join(' | ')} |`]
		.concat(rows.map((row) => `| ${row.join(' | ')} |`))
		.join('\n');
}

/** ours ÷ theirs: '=' when both are 0, '∞' when only theirs is. */
function ratio(ours, theirs) {
	if (!ok(ours) || !ok(theirs)) return 'n/a';
	if (theirs === 0) return ours === 0 ? '=' : '∞';
	return `${(ours / theirs).toFixed(2)}×`;
}

/** label, key, format, and whether ours ÷ vis-timeline means something (lower is better). */
const GESTURE_ROWS = [
	['Frame interval p50 (ms)', 'frameP50', ms1, true],
	['Frame interval p95 (ms)', 'frameP95', ms1, true],
	['Frame interval max (ms)', 'frameMax', ms1, true],
	['Long tasks', 'longTasks', int, true],
	['Longest task (ms)', 'longestTask', ms0, true],
	['Input-to-frame p95 (ms)', 'latencyP95', ms0, true],
	['Input-to-frame max (ms)', 'latencyMax', ms0, true],
	['Events delivered', 'delivered', int],
	['Events dispatched', 'dispatched', int],
	['Events that changed the page (%)', 'active', (v) => (ok(v) ? (v * 100).toFixed(0) : 'n/a')],
	['Most events in a row that changed nothing', 'ignoredInARow', int],
	['Frames that changed', 'changedFrames', int],
	['Frames in the gesture', 'gestureFrames', int]
];

/** The (gesture, device) pairs in the order they are reported. */
const GESTURE_ORDER = ['zoom', 'drag', 'pinch', 'touchPan', 'scroll', 'touchScroll'];

function gestureTable(runs, id) {
	const pages = pagesIn(runs).filter((p) => p.gestures.includes(id));
	const vis = pages.some((p) => p.id === 'vis');
	const oursFirst = pages.find(mine);
	const headings = ['metric', ...pages.map((p) => p.name)];
	if (vis) headings.push(`${oursFirst.name} ÷ vis-timeline`);
	const rows = GESTURE_ROWS.map(([label, key, fmt, compare]) => {
		const values = pages.map((p) => gestureMedian(runs, p.id, id, key));
		const row = [label, ...values.map(fmt)];
		if (vis) row.push(compare ? ratio(values[0], gestureMedian(runs, 'vis', id, key)) : '');
		return row;
	});
	rows.push(
		[
			'Idle runs',
			...pages.map((p) => `${idleRuns(runs, p.id, id)} of ${gestureRuns(runs, p.id, id).length}`)
		].concat(vis ? [''] : [])
	);
	const g = GESTURES[id];
	return `### ${g.title} (${DEVICES[g.device].label})\n\n${g.describe}\n\n${table(headings, rows)}`;
}

const LOAD_ROWS = [
	['FCP (ms)', 'fcp', ms0],
	['LCP (ms)', 'lcp', ms0],
	['CLS', 'cls', fixed(3)],
	[`Total blocking time, FCP to load + ${SETTLE_MS / 1000} s (ms)`, 'tbt', ms0],
	['JS requests', 'jsRequests', int],
	['JS raw (KiB)', 'js', kib],
	['JS gzip (KiB)', 'jsGzip', kib],
	['Inline JS in the HTML, gzip (KiB)', 'inlineJsGzip', kib],
	['CSS requests', 'cssRequests', int],
	['CSS raw (KiB)', 'css', kib],
	['CSS gzip (KiB)', 'cssGzip', kib],
	[`JS fetched within ${EARLY_MS / 1000} s of load, gzip (KiB)`, 'earlyJsGzip', kib],
	[`CSS fetched within ${EARLY_MS / 1000} s of load, gzip (KiB)`, 'earlyCssGzip', kib]
];

function loadTable(runs) {
	const columns = pagesIn(runs).flatMap((p) => [
		[p.id, 'x1', `${p.name}`],
		[p.id, 'x4', `${p.name} 4x`]
	]);
	const rows = LOAD_ROWS.map(([label, key, fmt]) => [
		label,
		...columns.map(([page, rate]) => fmt(loadMedian(runs, page, rate, key)))
	]);
	rows.splice(2, 0, [
		'LCP − FCP, median of runs (ms)',
		...columns.map(([page, rate]) =>
			ms0(
				median(
					runs
						.map((r) => r.load[page]?.[rate])
						.filter(Boolean)
						.map((l) => l.lcp - l.fcp)
				)
			)
		)
	]);
	return table(['metric', ...columns.map((c) => c[2])], rows);
}

function chunkTable(runs) {
	const first = runs[0]?.load.home?.x1;
	if (!first) return '';
	const rows = first.chunks.map((c) => [
		`\`${c.url}\``,
		c.kind,
		kib(c.gzip),
		kib(c.raw),
		ms0(median(runs.map((r) => r.load.home.x1.chunks.find((x) => x.url === c.url)?.start))),
		c.early ? 'yes' : 'no'
	]);
	return table(
		[
			'file',
			'kind',
			'gzip (KiB)',
			'raw (KiB)',
			'requested at (ms)',
			`within ${EARLY_MS / 1000} s of load`
		],
		rows,
		['---', '---', '---:', '---:', '---:', '---']
	);
}

function scriptlessTable(runs) {
	const rows = PAGES.filter((p) => p.noscript).flatMap((p) =>
		['x1', 'x4'].map((rate) => {
			const withJs = loadMedian(runs, p.id, rate, 'fcp');
			const without = loadMedian(runs, p.id, rate, 'fcp', 'noscript');
			return [
				`${p.name}${rate === 'x4' ? ', 4x CPU' : ''}`,
				ms0(withJs),
				ms0(without),
				ratio(withJs, without)
			];
		})
	);
	return table(['page', 'FCP (ms)', 'FCP, script-less copy (ms)', 'ratio'], rows);
}

/** One watched audit over the runs: its scores, and its details (once if every run agrees, else per run). */
function watchedAudit(runs, id) {
	const audit = runs.find((run) => run.watched[id])?.watched[id];
	const scores = runs.map((run) => run.watched[id]?.score ?? 'n/a').join(', ');
	const lines = (run) => (run.watched[id]?.lines ?? []).filter((l) => l !== '--');
	const texts = runs.map((run) => lines(run).join('\n'));
	const item = (l) => `  - ${l.replace(/\|/g, '\\|')}`;
	const body = texts.every((t) => t === texts[0])
		? lines(runs[0]).map(item)
		: runs.flatMap((run, i) => [
				`  - run ${i + 1}${lines(run).length ? ':' : ': nothing listed'}`,
				...lines(run).map((l) => `  ${item(l)}`)
			]);
	const value = audit.displayValue ? `; ${audit.displayValue}` : '';
	return [
		`- **${id}** (${audit.title}; scores ${scores}${value})${body.length ? ':' : ''}`,
		...body
	].join('\n');
}

function lighthouseTables(lighthouse) {
	if (!lighthouse) return 'Not run (BENCH_LIGHTHOUSE=0).';
	const entries = Object.entries(lighthouse.pages);
	const before = Object.entries(lighthouse.baseline ?? {}).map(([path, r]) => [
		`Before ${path}`,
		r
	]);
	const rows = [...entries, ...before].map(([path, r]) => [
		path,
		int(r.median.score),
		r.runs.map((x) => x.score).join(', '),
		ms0(r.median.fcp),
		ms0(r.median.lcp),
		ms0(r.median.tbt),
		fixed(3)(r.median.cls)
	]);
	const out = [
		table(['page', 'score (median)', 'scores', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'CLS'], rows)
	];
	for (const [path, r] of entries) {
		out.push(`#### Lighthouse diagnostics, \`${path}\``);
		const failing = new Map();
		for (const run of r.runs) for (const f of run.failing) failing.set(f.split(' (')[0], f);
		out.push(
			`Below 0.9 in some run: ${[...failing.values()].map((f) => `\`${f}\``).join(', ') || 'none'}.`
		);
		for (const id of Object.keys(r.runs[0]?.watched ?? {})) out.push(watchedAudit(r.runs, id));
	}
	return out.join('\n\n');
}

const verdict = (pass, idle = false) => (idle ? 'FAIL (idle run)' : pass ? 'PASS' : 'FAIL');

/** The targets of the issue, each with what was measured and whether it is met. */
export function targets(runs, lighthouse) {
	const rows = [];
	const gesturePages = (id) =>
		PAGES.filter((p) => mine(p) && p.gestures.includes(id)).map((p) => p.id);
	const perPage = (pages, value, fmt) =>
		pages.map((p) => `${pageName(p).replace('Twelve Days ', '')} ${fmt(value(p))}`).join(' · ');
	const gestureTarget = (id, label, key, test, fmt = ms1) => {
		const pages = gesturePages(id);
		const value = (p) => gestureMedian(runs, p, id, key);
		const idle = pages.some((p) => idleRuns(runs, p, id) > 0);
		rows.push([
			label,
			perPage(pages, value, fmt),
			verdict(
				pages.every((p) => test(value(p))),
				idle
			)
		]);
	};
	const zoom = 'Zoom (desktop)';
	gestureTarget('zoom', `${zoom}: frame p95 ≤ 33 ms`, 'frameP95', (v) => v <= 33);
	gestureTarget(
		'zoom',
		`${zoom}: longest task < 50 ms (no long task)`,
		'longestTask',
		(v) => v < 50,
		ms0
	);
	gestureTarget('zoom', `${zoom}: wheel-to-frame p95 ≤ 80 ms`, 'latencyP95', (v) => v <= 80, ms0);
	gestureTarget(
		'zoom',
		`${zoom}: ≥ 38 of 40 wheel events delivered`,
		'delivered',
		(v) => v >= 38,
		int
	);
	{
		const pages = gesturePages('zoom');
		const vis = gestureMedian(runs, 'vis', 'zoom', 'frameP95');
		const value = (p) => gestureMedian(runs, p, 'zoom', 'frameP95');
		rows.push([
			`${zoom}: frame p95 ≤ half of vis-timeline's (${ms1(vis)} ms)`,
			perPage(pages, value, ms1),
			verdict(
				pages.every((p) => value(p) <= vis / 2),
				pages.some((p) => idleRuns(runs, p, 'zoom') > 0) || idleRuns(runs, 'vis', 'zoom') > 0
			)
		]);
	}
	for (const [id, name] of [
		['drag', 'Drag pan (desktop)'],
		['touchPan', 'Touch pan (phone)'],
		['scroll', 'Scroll through the cards (desktop)'],
		['touchScroll', 'Scroll through the cards (phone)']
	]) {
		gestureTarget(
			id,
			`${name}: frame p95 ≤ 16.7 ms (${ONE_FRAME} with jitter)`,
			'frameP95',
			(v) => v <= ONE_FRAME
		);
		gestureTarget(id, `${name}: no long task`, 'longTasks', (v) => v === 0, int);
	}
	const ours = PAGES.filter(mine).map((p) => p.id);
	const load = (rate, key) => (p) => loadMedian(runs, p, rate, key);
	rows.push([
		'Total blocking time after load, unthrottled: 0',
		perPage(ours, load('x1', 'tbt'), ms0),
		verdict(ours.every((p) => load('x1', 'tbt')(p) === 0))
	]);
	rows.push([
		'Total blocking time after load, 4x CPU: ≤ 100 ms',
		perPage(ours, load('x4', 'tbt'), ms0),
		verdict(ours.every((p) => load('x4', 'tbt')(p) <= 100))
	]);
	for (const rate of ['x1', 'x4']) {
		const r = (p) => load(rate, 'fcp')(p) / loadMedian(runs, p, rate, 'fcp', 'noscript');
		rows.push([
			`FCP ≤ 1.1 × the script-less copy's${rate === 'x4' ? ', 4x CPU' : ''}`,
			perPage(ours, r, (v) => (ok(v) ? `${v.toFixed(2)}×` : 'n/a')),
			verdict(ours.every((p) => r(p) <= 1.1))
		]);
	}
	const lcpGap = (p) =>
		median(
			runs
				.map((x) => x.load[p]?.x1)
				.filter(Boolean)
				.map((l) => l.lcp - l.fcp)
		);
	rows.push([
		`LCP = FCP (LCP − FCP ≤ ${ONE_FRAME} ms, one frame), unthrottled`,
		perPage(ours, lcpGap, ms0),
		verdict(ours.every((p) => lcpGap(p) <= ONE_FRAME))
	]);
	if (lighthouse) {
		const entries = Object.entries(lighthouse.pages);
		rows.push([
			'Lighthouse mobile performance ≥ 98 (median of runs)',
			entries.map(([path, r]) => `${path} ${int(r.median.score)}`).join(' · '),
			verdict(entries.every(([, r]) => r.median.score >= 98))
		]);
	} else rows.push(['Lighthouse mobile performance ≥ 98 (median of runs)', 'not run', 'n/a']);
	const early = loadMedian(runs, 'home', 'x1', 'earlyJsGzip');
	rows.push([
		`JS fetched by / within ${EARLY_MS / 1000} s of load ≤ 70 KiB gzip (files; inline JS not counted)`,
		`${kib(early)} KiB`,
		verdict(early <= 70 * 1024)
	]);
	// Issue 21's limits, computed as in "Before and after" (from ours alone).
	for (const f of issue21Figures(runs, lighthouse).filter((f) => f.limit)) {
		const pages = f.limit.pages ?? f.pages;
		rows.push([
			`Issue 21: ${f.limit.target}`,
			f.limit.skip
				? 'not run'
				: pages.map((p) => `${shortName(p)} ${f.show(f.values(p), false)}`).join(' · '),
			meets(f)
		]);
	}
	return rows;
}

/**
 * The figures issue 21 says must not get worse, and those it asks to see beside them: for each, a
 * label, the pages it is measured on (ours; the baseline's are `${id}Before`), the runs' values on
 * a page (`values`), whether a run of a page went idle, how a page's runs are shown, which way is
 * better, the slack within which two values are the same (the frame clock's jitter), and the limit.
 * A limit is tested on the median over the runs, or on the worst run (`worstRun`: Lighthouse,
 * which must meet it in every run).
 */
function issue21Figures(runs, lighthouse) {
	const gesture = (id, key) => (page) => gestureRuns(runs, page, id).map((g) => g[key]);
	const idle = (id) => (page) => idleRuns(runs, page, id) > 0;
	const load = (rate, key) => (page) => runs.map((r) => r.load[page]?.[rate]?.[key]).filter(ok);
	const score = (page) => {
		const p = pageOf(page);
		const set = p?.baseline ? lighthouse?.baseline : lighthouse?.pages;
		return (set?.[p?.path]?.runs ?? []).map((r) => r.score).filter(ok);
	};
	const both = ['home', 'day12'];
	const spread =
		(fmt) =>
		(values, range = true) => {
			if (values.length === 0) return 'n/a';
			const low = Math.min(...values);
			const high = Math.max(...values);
			const mid = fmt(median(values));
			return range && low !== high ? `${mid} (${fmt(low)}–${fmt(high)})` : mid;
		};
	const frames = { fmt: ms1, show: spread(ms1), slack: FRAME_JITTER, round: tenth };
	const none = { text: '0 (no long task)', test: (v) => v === 0 };
	const ms = { fmt: ms0, show: spread(ms0) };
	return [
		{
			label: 'Zoom, alternating Ctrl + wheel (desktop, 4x CPU): frame p95 (ms)',
			values: gesture('zoom', 'frameP95'),
			idle: idle('zoom'),
			pages: both,
			...frames,
			limit: {
				text: `≤ ${ISSUE_21.zoomFrameP95} ms`,
				target: `Zoom, alternating Ctrl + wheel (desktop): frame p95 ≤ ${ISSUE_21.zoomFrameP95} ms`,
				test: (v) => tenth(v) <= ISSUE_21.zoomFrameP95
			}
		},
		{
			label: 'Zoom, alternating Ctrl + wheel (desktop, 4x CPU): long tasks',
			values: gesture('zoom', 'longTasks'),
			idle: idle('zoom'),
			pages: both,
			fmt: int,
			show: spread(int),
			limit: { ...none, target: 'Zoom, alternating Ctrl + wheel (desktop): no long task' }
		},
		{
			label: 'Zoom, touch pinch (phone, 4x CPU): frame p95 (ms)',
			values: gesture('pinch', 'frameP95'),
			idle: idle('pinch'),
			pages: ['home'],
			...frames,
			limit: {
				text: `≤ ${ISSUE_21.zoomFrameP95} ms`,
				target: `Zoom, touch pinch (phone): frame p95 ≤ ${ISSUE_21.zoomFrameP95} ms`,
				test: (v) => tenth(v) <= ISSUE_21.zoomFrameP95
			}
		},
		{
			label: 'Zoom, touch pinch (phone, 4x CPU): long tasks',
			values: gesture('pinch', 'longTasks'),
			idle: idle('pinch'),
			pages: ['home'],
			fmt: int,
			show: spread(int),
			limit: { ...none, target: 'Zoom, touch pinch (phone): no long task' }
		},
		{
			label: 'Pan, drag (desktop, 4x CPU): frame p95 (ms)',
			values: gesture('drag', 'frameP95'),
			idle: idle('drag'),
			pages: both,
			...frames,
			limit: {
				text: `≤ ${ISSUE_21.panFrameP95.toFixed(1)} ms (one frame with jitter)`,
				target: `Pan, drag (desktop): frame p95 ≤ ${ISSUE_21.panFrameP95.toFixed(1)} ms (one frame with jitter)`,
				test: (v) => tenth(v) <= ISSUE_21.panFrameP95
			}
		},
		{
			label: 'Pan, touch (phone, 4x CPU): frame p95 (ms)',
			values: gesture('touchPan', 'frameP95'),
			idle: idle('touchPan'),
			pages: ['home'],
			...frames,
			limit: {
				text: `≤ ${ISSUE_21.panFrameP95.toFixed(1)} ms (one frame with jitter)`,
				target: `Pan, touch (phone): frame p95 ≤ ${ISSUE_21.panFrameP95.toFixed(1)} ms (one frame with jitter)`,
				test: (v) => tenth(v) <= ISSUE_21.panFrameP95
			}
		},
		{
			label: `Lighthouse mobile performance, gzip (lowest · median of ${runsText(lighthouse?.runsPerPage)})`,
			values: score,
			pages: both,
			higher: true,
			fmt: int,
			show: (values) =>
				values.length ? `${Math.min(...values)} · ${int(median(values))}` : 'not run',
			limit: {
				text: `in every run / ≥ ${ISSUE_21.lighthouse['/']}, /day/12 ≥ ${ISSUE_21.lighthouse['/day/12']}`,
				target: `Lighthouse mobile performance (gzip) in every run: / ≥ ${ISSUE_21.lighthouse['/']}, /day/12 ≥ ${ISSUE_21.lighthouse['/day/12']} (lowest · median of ${runsText(lighthouse?.runsPerPage)})`,
				worstRun: true,
				test: (v, page) => v >= ISSUE_21.lighthouse[pageOf(page).path],
				skip: !lighthouse && 'not run (BENCH_LIGHTHOUSE=0)'
			}
		},
		{
			label: `JS fetched, gzip (KiB; every file by load + ${SETTLE_MS / 1000} s, unthrottled; inline JS not counted)`,
			values: load('x1', 'jsGzip'),
			pages: both,
			fmt: kib,
			show: spread(kib),
			exact: true,
			limit: {
				text: `/ ≤ ${ISSUE_21.jsGzipKiB} KiB`,
				target: `JS fetched by / ≤ ${ISSUE_21.jsGzipKiB} KiB gzip (every file by load + ${SETTLE_MS / 1000} s; inline JS not counted)`,
				pages: ['home'],
				test: (v) => v <= ISSUE_21.jsGzipKiB * 1024
			}
		},
		{
			label: 'Total blocking time after load, unthrottled (ms)',
			values: load('x1', 'tbt'),
			pages: both,
			...ms
		},
		{
			label: 'Total blocking time after load, 4x CPU (ms)',
			values: load('x4', 'tbt'),
			pages: both,
			...ms
		},
		{ label: 'FCP, desktop, unthrottled (ms)', values: load('x1', 'fcp'), pages: both, ...ms },
		{ label: 'FCP, desktop, 4x CPU (ms)', values: load('x4', 'fcp'), pages: both, ...ms },
		{ label: 'LCP, desktop, unthrottled (ms)', values: load('x1', 'lcp'), pages: both, ...ms },
		{ label: 'LCP, desktop, 4x CPU (ms)', values: load('x4', 'lcp'), pages: both, ...ms },
		{
			label: 'CLS, desktop, unthrottled',
			values: load('x1', 'cls'),
			pages: both,
			fmt: fixed(3),
			show: spread(fixed(3))
		}
	];
}

const before = (page) => `${page}Before`;
const runsText = (n) => (n ? `${n} run${n === 1 ? '' : 's'}` : 'its runs');
const shortName = (page) => pageName(page).replace('Twelve Days ', '');

/** Whether ours meets the figure's limit: PASS, FAIL (on which page, or an idle run), or — (none). */
function meets(f) {
	if (!f.limit) return '—';
	if (f.limit.skip) return 'n/a';
	const pages = f.limit.pages ?? f.pages;
	if (pages.some((p) => f.idle?.(p))) return 'FAIL (idle run)';
	const failing = pages.filter((p) => {
		const values = f.values(p);
		if (values.length === 0) return true;
		const worst = f.higher ? Math.min(...values) : Math.max(...values);
		return !f.limit.test(f.limit.worstRun ? worst : median(values), p);
	});
	return failing.length === 0 ? 'PASS' : `FAIL (${failing.map(shortName).join(', ')})`;
}

/**
 * Whether ours is no worse than the baseline on the figure: its median is no worse than the
 * baseline's worst run (lower is better but for Lighthouse), give or take `slack`; sizes (`exact`)
 * vary not at all and are compared as they are.
 */
function noWorse(f) {
	if (f.limit?.skip) return 'n/a';
	const verdicts = f.pages.map((p) => {
		if (f.idle?.(p) || f.idle?.(before(p))) return `n/a (${shortName(p)}: idle run)`;
		const after = f.values(p);
		const base = f.values(before(p));
		if (after.length === 0 || base.length === 0) return `n/a (${shortName(p)}: not measured)`;
		const round = f.round ?? ((v) => v);
		const mid = round(median(after));
		const worst = round(f.higher ? Math.min(...base) : Math.max(...base));
		// Rounded to a tenth, 16.7 + 0.3 may come out a hair under 17.0: compare with a margin.
		const slack = f.slack ? f.slack + 1e-9 : 0;
		const worse = f.higher ? mid < worst - slack : mid > worst + slack;
		if (!worse) return null;
		const diff = f.exact ? ` (+${Math.round(mid - worst)} B)` : '';
		return `WORSE on ${shortName(p)}: ${f.fmt(mid)} against ${f.fmt(worst)}${diff}`;
	});
	const notes = verdicts.filter(Boolean);
	return notes.length ? notes.join('; ') : 'no worse';
}

/**
 * Issue 21's figures before (the baseline) and after (ours), from the same runs: for each, its
 * label, limit, cells by page id, whether ours meets the limit and whether it is no worse.
 */
export function beforeAndAfter(runs, lighthouse) {
	return issue21Figures(runs, lighthouse).map((f) => ({
		label: f.label,
		limit: f.limit ? f.limit.text : '— (reported)',
		cells: Object.fromEntries(
			f.pages.flatMap((p) => [
				[p, f.show(f.values(p))],
				[before(p), f.show(f.values(before(p)))]
			])
		),
		meets: meets(f),
		noWorse: noWorse(f)
	}));
}

/** A build as the report names it: its label, where it is, and the commit of its checkout. */
function nameBuild(b) {
	const label = b.label ? `**${b.label}**: ` : '';
	const commit = b.commit ? `in a git checkout at commit ${b.commit}` : 'not in a git checkout';
	return `${label}\`${b.dir}\` (${commit})`;
}

function beforeAndAfterSection(meta, runs, lighthouse) {
	const rows = beforeAndAfter(runs, lighthouse);
	const columns = ['homeBefore', 'home', 'day12Before', 'day12'];
	const headings = [
		'figure (median over the runs, and their range)',
		'limit (issue 21)',
		'Before /',
		'After /',
		'Before /day/12',
		'After /day/12',
		'after meets the limit',
		'after no worse than before'
	];
	const body = rows.map((r) => [
		r.label,
		r.limit,
		...columns.map((c) => r.cells[c] ?? '—'),
		r.meets,
		r.noWorse
	]);
	const over = rows.filter((r) => r.meets.startsWith('FAIL')).length;
	const unknown = rows.filter((r) => r.meets === 'n/a').length;
	const worse = rows.filter((r) => r.noWorse !== 'no worse').length;
	const limits =
		over > 0
			? `${over} figure(s) over the limit`
			: unknown > 0
				? `no limit missed, ${unknown} not measured`
				: 'every limit met';
	return `## Before and after (same run)

- **Before**: ${nameBuild(meta.baseline)}, served on port 4196.
- **After**: ${nameBuild(meta.after)}.

Both measured in the same ${runsText(meta.runs)} on this machine, each gesture and load of the one next to the same of the other (the before page first in odd runs, second in even ones), and Lighthouse (${lighthouse ? `${runsText(lighthouse.runsPerPage)} a page, interleaved the same way` : 'not run'}). "No worse": after's median over the runs is no worse than before's worst run (frame figures within the frame clock's ${FRAME_JITTER} ms jitter; JS sizes exactly, as they do not vary); Lighthouse's median against before's lowest score. After: ${limits}; ${worse === 0 ? 'no figure worse than before' : `${worse} figure(s) not shown to be no worse than before`}.

${table(headings, body, ['---', '---', '---:', '---:', '---:', '---:', '---', '---'])}
`;
}

/** Gestures that left the page idle, and other notes, for the report and the console. */
export function warnings(runs) {
	const out = [];
	runs.forEach((run, i) => {
		for (const [page, gestures] of Object.entries(run.gestures)) {
			for (const [id, g] of Object.entries(gestures)) {
				const where = `run ${i + 1}, ${pageName(page)}, ${GESTURES[id].title} (${GESTURES[id].device})`;
				if (g.error) out.push(`${where}: ${g.error}`);
				else if (g.idle)
					out.push(
						`${where}: IDLE — ${g.note ?? `${g.ignored} of ${g.delivered} events changed nothing, ${g.ignoredInARow} in a row (${ms0(g.longestStill)} ms)`}`
					);
				for (const note of g.notes ?? []) out.push(`${where}: ${note}`);
			}
		}
	});
	return out;
}

/** How busy the machine was: load average, and how late the gesture timer in Node sent events. */
function busy(meta, runs) {
	const late = runs.flatMap((r) =>
		Object.values(r.gestures).flatMap((g) => Object.values(g).map((x) => x.late ?? NaN))
	);
	const worst = Math.max(0, ...late.filter(ok));
	const loads = meta.loadavg
		? `load average ${meta.loadavg.start} at the start, ${meta.loadavg.end} at the end; `
		: '';
	const verdict =
		worst > 10
			? ' (over 10 ms: the machine was busy, and the gesture figures are pessimistic)'
			: '';
	return `Machine: ${loads}the gesture timer sent events up to ${ms0(worst)} ms late (median over gestures ${ms0(median(late))} ms)${verdict}.\n`;
}

/** The whole report as Markdown. */
export function render({ meta, runs, lighthouse }) {
	const targetRows = targets(runs, lighthouse);
	const notes = warnings(runs);
	const gestureSections = GESTURE_ORDER.map((id) => gestureTable(runs, id)).join('\n\n');
	const ab = meta.baseline ? `\n${beforeAndAfterSection(meta, runs, lighthouse)}` : '';
	const baselineLine = meta.baseline
		? `Before (BENCH_BASELINE, the pages "Before /" and "Before /day/12"): \`${meta.baseline.dir}\`.\n`
		: '';
	return `# Benchmark results

Measured ${meta.date} by \`node bench/run.js\` (${meta.runs} interleaved run${meta.runs === 1 ? '' : 's'}; every figure is the median over the runs; ${meta.seconds} s in all) on ${meta.machine}.
Site: \`${meta.build}\`, checked out at commit ${meta.commit}.
${baselineLine}${busy(meta, runs)}${meta.comment ? `\n${meta.comment}\n` : ''}${ab}
## Targets

${table(['target', 'measured (median)', 'result'], targetRows, ['---', '---', '---'])}

## How it measures

- **Pages.** Twelve Days' overview (\`/\`) and a day with its panel open (\`/day/12\`), served from
  \`build/\` by \`scripts/serve.js\`; the same twelve events in vis-timeline ${meta.versions.vis} and Knight Lab's
  TimelineJS ${meta.versions.timelinejs} (bench/peers.js). Every page is loaded afresh (cold cache) for every
  measurement, in a new context; off-site requests are blocked (${meta.blocked.length === 0 ? 'none were attempted' : meta.blocked.join(', ')}).
  Our pages are found as a reader finds them: the timeline is the section labelled by the heading
  \`#timeline-heading\`, its day markers the links in its list; the cards are the items of the list in the
  section labelled by \`#days-heading\`.${
		meta.baseline
			? `
- **Before and after.** With \`BENCH_BASELINE\`, a second build (\`${meta.baseline.dir}\`) is served on port 4196
  and its \`/\` and \`/day/12\` measured as the pages "Before /" and "Before /day/12", with exactly the gestures
  and loads of ours, each next to ours in every run (the before page first in odd runs, second in even
  ones), and through Lighthouse behind a compressing proxy of its own, its runs interleaved with ours. A
  figure is **no worse** when after's median over the runs is no worse than before's worst run: the
  spread of the runs is the noise. Frame intervals within ${FRAME_JITTER} ms (the frame clock's jitter) are
  the same; JS sizes do not vary from run to run and are compared as they are. A limit is tested on the
  median over the runs, as the targets are, but Lighthouse's in every run (its lowest score).`
			: ''
	}
- **Gestures** run under 4x CPU slow-down (CDP \`Emulation.setCPUThrottlingRate\`), on the ${DEVICES.desktop.label} or the
  ${DEVICES.phone.label} profile. Their events are sent with CDP \`Input.dispatchMouseEvent\` /
  \`Input.dispatchTouchEvent\` on a timer: each goes out on time whether or not the page has dealt with the one
  before. Runs interleave the pages (ours, vis-timeline, TimelineJS) gesture by gesture.
- **Frame intervals** are the intervals between requestAnimationFrame timestamps, from the first input event until
  ${TAIL_MS} ms after the frame that rendered the last one; **long tasks** (PerformanceObserver \`longtask\`) over the
  same stretch.
- **Input-to-frame** is, for each input event a capturing passive listener on window sees, the time from the
  event's \`timeStamp\` to the start of the first animation frame callback after it (the frame whose callbacks
  render its effect). **Events delivered** counts those events (a touch event moving two fingers counts once);
  events the browser coalesced while the page was busy never arrive.
- **Kept changing**: a gesture must keep changing the page for its whole length. At every frame a probe reads
  what the timeline shows (ours: where the first and last day markers are, and the scroll offset; vis-timeline:
  its visible window; TimelineJS: its markers). An input event after which neither the frame before, its own
  frame nor the frame after changed was ignored. A gesture in which fewer than ${MIN_ACTIVE * 100}% of the
  delivered events changed the page, or ${MAX_IGNORED_IN_A_ROW} or more in a row changed nothing (e.g. at a zoom
  limit), is **idle**: a defect of the benchmark, flagged below and in the targets. (Events the browser
  coalesced or held back never arrive and count neither way; the frame counts show how many frames changed.)
- **Load**: FCP, LCP, CLS, and total blocking time (the part past 50 ms of each long task from FCP to
  ${SETTLE_MS / 1000} s after the load event), unthrottled and at 4x, desktop profile; JS and CSS as fetched
  (gzip sizes computed from the bytes served: scripts/serve.js does not compress); the files requested within
  ${EARLY_MS / 1000} s of the load event are listed for \`/\`.
- **Script-less copy**: \`build/\` copied to bench/out/noscript with every \`<script>\` element and
  \`<link rel="modulepreload">\` removed from its HTML, served on port 4197; its FCP is the floor.
- **Lighthouse**${lighthouse ? ` ${lighthouse.version}` : ' (skipped this time)'}: default config (mobile, simulated
  throttling), performance category, ${lighthouse?.runsPerPage ?? 3} runs per page, each in a fresh headless Chromium,
  through a gzip-compressing proxy in front of scripts/serve.js (as a static host would serve it).

## Gestures

${gestureSections}

## Load (desktop; 4x: CPU slowed down 4x)

${loadTable(runs)}

### Files \`/\` fetched (run 1, unthrottled)

${chunkTable(runs)}

## First contentful paint against a script-less copy

${scriptlessTable(runs)}

## Lighthouse

${lighthouseTables(lighthouse)}

## Idle gestures and notes

${notes.length ? notes.map((n) => `- ${n}`).join('\n') : 'None: every gesture kept the page changing throughout.'}
${keptSections()}`;
}

/**
 * The sections other scripts write ("Second visit": bench/second-visit.js; "Offline":
 * bench/offline-bytes.js): kept when the rest is rendered again.
 */
function keptSections() {
	try {
		const current = readFileSync(new URL('RESULTS.md', import.meta.url), 'utf8');
		return [
			/<!-- second-visit[\s\S]*?<!-- \/second-visit -->/,
			/<!-- offline-bytes[\s\S]*?<!-- \/offline-bytes -->/
		]
			.map((pattern) => pattern.exec(current))
			.map((block) => (block ? `\n${block[0]}\n` : ''))
			.join('');
	} catch {
		return '';
	}
}

// `node bench/report.js`: renders bench/RESULTS.md again from bench/out/results.json.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { writeFileSync } = await import('node:fs');
	const results = JSON.parse(readFileSync(new URL('out/results.json', import.meta.url), 'utf8'));
	writeFileSync(new URL('RESULTS.md', import.meta.url), render(results));
	console.log('wrote bench/RESULTS.md');
}
