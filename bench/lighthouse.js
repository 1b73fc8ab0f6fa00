// Lighthouse (its default mobile profile, performance category only) against the locally served
// site: RUNS runs per page, each in a freshly launched Chromium. Keeps the score, the metrics and
// the diagnostics that bear on the timeline's performance, with their details flattened to text.
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './metrics.js';

/** Audits reported in full, whatever their score. */
export const WATCHED = [
	'forced-reflow-insight',
	'uses-passive-event-listeners',
	'unused-javascript',
	'largest-contentful-paint-element'
];
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index'
};

/** A source location as text: url:line:column, the original file if a source map gave one. */
function formatSource(v) {
	const where = `${v.url}:${v.line + 1}:${v.column + 1}`;
	const original = v.original ? ` (${v.original.file}:${v.original.line + 1})` : '';
	return `${where}${original}${v.functionName ? ` ${v.functionName}` : ''}`;
}

function formatValue(value) {
	if (value == null) return '';
	if (typeof value === 'number') return String(Math.round(value * 10) / 10);
	if (typeof value !== 'object') return String(value);
	if (value.type === 'source-location') return formatSource(value);
	if (value.type === 'node') return value.selector ?? value.snippet ?? value.nodeLabel ?? 'node';
	if (value.type === 'url') return value.value;
	if (value.type === 'text' || value.type === 'code') return String(value.value);
	return JSON.stringify(value);
}

/** An audit's details as lines of text: one per table row, tables of a list one after another. */
export function detailLines(details) {
	if (!details) return [];
	if (details.type === 'list') return details.items.flatMap((item) => ['--', ...detailLines(item)]);
	if (details.type !== 'table' && details.type !== 'opportunity') return [];
	const headings = details.headings.filter((h) => h.key);
	const row = (item) =>
		headings.map((h) => `${h.label ?? h.key}: ${formatValue(item[h.key])}`).join('; ');
	return details.items.flatMap((item) => [
		row(item),
		...(item.subItems?.items ?? []).map((sub) => `  ${JSON.stringify(sub)}`)
	]);
}

const LOCATION = /http:\/\/127\.0\.0\.1:\d+(\/[^\s;:]+):(\d+):(\d+)/;

/**
 * Minified code has no names worth reading: a source location in one of our files gets the code
 * found there appended (from `root`, the build that was served), so the function can be recognised.
 */
export function withSnippet(line, root) {
	const match = LOCATION.exec(line);
	const file = match && `${root}${match[1]}`;
	if (!file || !existsSync(file)) return line;
	const text = readFileSync(file, 'utf8').split('\n')[Number(match[2]) - 1] ?? '';
	const at = Number(match[3]) - 1;
	const code = text.slice(Math.max(0, at - 40), at + 80).replace(/[`\s]+/g, ' ');
	return `${line} — code there: \`…${code}…\``;
}

/** Our own URLs without the origin (the proxy's port changes from run to run). */
const local = (line) => line.replace(/http:\/\/127\.0\.0\.1:\d+/g, '');

/** What is kept of one Lighthouse report. */
function summarise(lhr, root) {
	const audits = lhr.audits;
	const failing = Object.values(audits)
		.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
		.map((a) => `${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
	return {
		version: lhr.lighthouseVersion,
		score: Math.round((lhr.categories.performance.score ?? 0) * 100),
		...Object.fromEntries(
			Object.entries(METRICS).map(([key, id]) => [key, audits[id]?.numericValue ?? NaN])
		),
		failing,
		watched: Object.fromEntries(
			WATCHED.filter((id) => audits[id]).map((id) => {
				const a = audits[id];
				return [
					id,
					{
						score: a.score,
						mode: a.scoreDisplayMode,
						title: a.title,
						displayValue: a.displayValue ?? '',
						lines: detailLines(a.details).map((line) => local(withSnippet(line, root)))
					}
				];
			})
		),
		runtimeError: lhr.runtimeError?.message
	};
}

/** The urls in pairs, each pair's two swapped. */
const swapPairs = (list) =>
	list
		.flatMap((_, i) => (i % 2 ? [list[i], list[i - 1]] : []))
		.concat(list.length % 2 ? list.slice(-1) : []);

/**
 * Runs Lighthouse `runs` times on each url, interleaved (every url's first run, then every url's
 * second, ...), so that a slower stretch of the machine does not fall on one page only; returns
 * { [url]: { runs: [...], median: {...} } }. Each url is a string, or { url, root } when the urls
 * come from different builds. `root`: the directory a url is served from, to quote the code at
 * source locations. `alternate`: the urls come in pairs (a page of two builds), the first of each
 * pair first in the first, third, ... runs and second in the others.
 */
export async function runLighthouse(
	urls,
	{ runs = 3, chromePath, root, alternate = false, log = () => {} }
) {
	const targets = urls.map((u) => (typeof u === 'string' ? { url: u, root } : u));
	const reports = Object.fromEntries(targets.map((t) => [t.url, []]));
	for (let i = 0; i < runs; i++) {
		for (const { url, root: served } of alternate && i % 2 ? swapPairs(targets) : targets) {
			const chrome = await chromeLauncher.launch({
				chromePath,
				chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
			});
			try {
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance']
				});
				reports[url].push(summarise(result.lhr, served));
				log(`lighthouse ${url} ${i + 1}/${runs}: ${reports[url].at(-1).score}`);
			} finally {
				await chrome.kill();
			}
		}
	}
	const results = {};
	for (const [url, list] of Object.entries(reports)) {
		const mid = (key) => median(list.map((r) => r[key]));
		results[url] = {
			runs: list,
			median: {
				score: mid('score'),
				fcp: mid('fcp'),
				lcp: mid('lcp'),
				tbt: mid('tbt'),
				cls: mid('cls')
			}
		};
	}
	return results;
}
