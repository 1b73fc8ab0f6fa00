// Builds the two reference pages the benchmark compares the site with, from the same twelve events:
// bench/out/peers/vis.html (vis-timeline, standalone build) and bench/out/peers/timelinejs.html
// (Knight Lab's TimelineJS). Their files are copied from bench/node_modules, so everything is served
// locally. Both put their timeline instance on window.timeline, for the benchmark to read.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadModules } from '../scripts/load-modules.js';

const root = new URL('..', import.meta.url).pathname;
export const out = `${root}bench/out/peers`;
const modules = `${root}bench/node_modules`;

const escape = (text) =>
	String(text).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
	);

function page(title, head, body) {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>${head}
<style>body{margin:0;font-family:system-ui,sans-serif}h1{font-size:1.4rem;margin:1rem}</style>
</head>
<body><h1>${escape(title)}</h1>${body}</body>
</html>`;
}

/** The twelve days as { number, title, shortTitle, start (ISO), summary }. */
async function loadEvents() {
	const [{ days }] = await loadModules('/src/lib/content/index.ts');
	return days.map((d) => ({
		number: d.number,
		title: d.title.en,
		shortTitle: d.shortTitle.en,
		start: d.livestreamStart,
		summary: d.summary.en
	}));
}

export async function buildPeers() {
	const events = await loadEvents();
	rmSync(out, { recursive: true, force: true });
	mkdirSync(`${out}/vis`, { recursive: true });
	mkdirSync(`${out}/timelinejs`, { recursive: true });

	// vis-timeline: the same three weeks, zoom with Ctrl + wheel like ours, from three weeks to three hours.
	cpSync(
		`${modules}/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js`,
		`${out}/vis/vis-timeline.min.js`
	);
	cpSync(
		`${modules}/vis-timeline/styles/vis-timeline-graph2d.min.css`,
		`${out}/vis/vis-timeline.min.css`
	);
	const visItems = events.map((e) => ({
		id: e.number,
		content: `${e.number} ${escape(e.shortTitle)}`,
		start: e.start,
		title: escape(e.title)
	}));
	writeFileSync(
		`${out}/vis.html`,
		page(
			'vis-timeline: 12 Days of OpenAI',
			'<link rel="stylesheet" href="/vis/vis-timeline.min.css"><script src="/vis/vis-timeline.min.js"></script>',
			`<div id="timeline"></div><script src="/vis/setup.js"></script>`
		)
	);
	writeFileSync(
		`${out}/vis/setup.js`,
		`const items = new vis.DataSet(${JSON.stringify(visItems)});
window.timeline = new vis.Timeline(document.getElementById('timeline'), items, {
	min: '2024-12-02T00:00:00Z', max: '2024-12-23T00:00:00Z',
	zoomMin: 3 * 3600 * 1000, zoomMax: 21 * 24 * 3600 * 1000, zoomKey: 'ctrlKey', height: '240px'
});
// Set after construction: with start and end among the options, vis-timeline 8.5 stays hidden on a
// narrow touch screen until the range is changed by hand.
window.timeline.setWindow('2024-12-02T00:00:00Z', '2024-12-23T00:00:00Z', { animation: false });
`
	);

	// TimelineJS: its own JSON format; its fonts and icons copied beside it.
	cpSync(`${modules}/@knight-lab/timelinejs/dist/js/timeline.js`, `${out}/timelinejs/timeline.js`);
	cpSync(`${modules}/@knight-lab/timelinejs/dist/css`, `${out}/timelinejs/css`, {
		recursive: true
	});
	const data = {
		title: { text: { headline: '12 Days of OpenAI', text: '5 to 20 December 2024' } },
		events: events.map((e) => {
			const d = new Date(e.start);
			return {
				start_date: {
					year: d.getUTCFullYear(),
					month: d.getUTCMonth() + 1,
					day: d.getUTCDate(),
					hour: d.getUTCHours()
				},
				text: { headline: `Day ${e.number}: ${escape(e.title)}`, text: escape(e.summary) }
			};
		})
	};
	writeFileSync(
		`${out}/timelinejs.html`,
		page(
			'TimelineJS: 12 Days of OpenAI',
			'<link rel="stylesheet" href="/timelinejs/css/timeline.css"><script src="/timelinejs/timeline.js"></script>',
			`<div id="timeline-embed" style="width:100%;height:600px"></div><script src="/timelinejs/setup.js"></script>`
		)
	);
	writeFileSync(
		`${out}/timelinejs/setup.js`,
		`window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(data)}, { script_path: '/timelinejs/', font: null });\n`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildPeers();
