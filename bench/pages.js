// The pages the benchmark loads, how to find their timeline, and how to read what it shows.
// Our own pages are found as a reader or assistive technology finds them, through no private
// markup (classes, data-* attributes, ids of cards): the only ids used are those of the two
// headings that label their sections (aria-labelledby), so any build of the site can be measured.
//   - the timeline: the <section> labelled by the heading #timeline-heading; its day markers are
//     the links (a[href]) in its list (the first <ol> in it that holds links);
//   - the cards: the <li> children of the <ol> in the <section> labelled by #days-heading ("The
//     twelve days"); the twelfth card is the last of them.

export const PORTS = { site: 4199, peers: 4198, noscript: 4197, baseline: 4196 };
const origin = (port) => `http://127.0.0.1:${port}`;
export const SITE = origin(PORTS.site);
export const PEERS = origin(PORTS.peers);
export const NOSCRIPT = origin(PORTS.noscript);
/** The second build (BENCH_BASELINE), measured as "Before" pages beside ours. */
export const BASELINE = origin(PORTS.baseline);

export const DEVICES = {
	desktop: { label: 'desktop 1280x800', viewport: { width: 1280, height: 800 } },
	phone: {
		label: 'phone 390x844, touch, DPR 3',
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true
	}
};

// The functions below run in the page (serialised with toString): they may use nothing from here.

/** Ours: the element holding the list of day-marker links (today the timeline's .viewport). */
function oursArea() {
	const region =
		document.getElementById('timeline-heading') &&
		document.querySelector('section[aria-labelledby~="timeline-heading"]');
	const list = [...(region?.querySelectorAll('ol') ?? [])].find((ol) =>
		ol.querySelector('a[href]')
	);
	if (!list) return null;
	return list.parentElement && list.parentElement !== region ? list.parentElement : list;
}

/**
 * Ours: where the first and last day markers are (they move with every zoom and pan), and the
 * scroll. Read at every frame: the timeline's lists are few, and getElementById is a lookup.
 */
function oursProbe() {
	const region =
		document.getElementById('timeline-heading') &&
		document.querySelector('section[aria-labelledby~="timeline-heading"]');
	const list = [...(region?.querySelectorAll('ol') ?? [])].find((ol) =>
		ol.querySelector('a[href]')
	);
	const links = list ? list.querySelectorAll('a[href]') : [];
	if (links.length === 0) return [scrollY];
	const x = (a) => Math.round(a.getBoundingClientRect().left * 10);
	return [x(links[0]), x(links[links.length - 1]), Math.round(scrollY)];
}

/** Ours: the list of day cards (the <ol> of the section "The twelve days"), to scroll over. */
function oursCards() {
	return (
		(document.getElementById('days-heading') &&
			document.querySelector('section[aria-labelledby~="days-heading"] ol')) ||
		null
	);
}

/** Ours: the page's scroll offset at which the bottom of the twelfth (the last) card comes into view. */
function oursScrollEnd() {
	const list =
		document.getElementById('days-heading') &&
		document.querySelector('section[aria-labelledby~="days-heading"] ol');
	const card = [...(list?.children ?? [])].filter((c) => c.localName === 'li').pop();
	return card ? card.getBoundingClientRect().bottom + scrollY - innerHeight : null;
}

function visArea() {
	return document.querySelector('.vis-timeline');
}

/** vis-timeline: its visible window, from the Timeline instance peers.js puts on window. */
function visProbe() {
	const w = window.timeline?.getWindow();
	return w ? [w.start.valueOf(), w.end.valueOf()] : null;
}

function timelineJsArea() {
	return document.querySelector('.tl-timenav');
}

function timelineJsProbe() {
	const markers = document.querySelectorAll('.tl-timemarker');
	if (markers.length === 0) return null;
	const x = (m) => Math.round(m.getBoundingClientRect().left * 10);
	return [x(markers[0]), x(markers[markers.length - 1])];
}

const ours = {
	ours: true,
	// Before a pan: 10 notches of 2^0.2 make 4x.
	zoomNotches: 10,
	// A day marker: a link in a list of the timeline's section.
	ready: 'section[aria-labelledby~="timeline-heading"] ol a[href]',
	area: oursArea,
	probe: oursProbe,
	cards: oursCards,
	scrollEnd: oursScrollEnd
};

/**
 * Each page: id, name, url, the selector that says it has rendered, the gestures run on it
 * (see gestures.js), and how many Ctrl + wheel notches zoom it in about 4x before a pan. `noscript`:
 * the same page in the script-less copy of the build; `path`: its path on the site (ours).
 */
export const PAGES = [
	{
		...ours,
		id: 'home',
		name: 'Twelve Days /',
		path: '/',
		url: `${SITE}/`,
		noscript: `${NOSCRIPT}/`,
		gestures: ['zoom', 'drag', 'scroll', 'pinch', 'touchPan', 'touchScroll']
	},
	{
		// On a phone the open day's panel covers the timeline: desktop gestures only.
		...ours,
		id: 'day12',
		name: 'Twelve Days /day/12',
		path: '/day/12',
		url: `${SITE}/day/12`,
		noscript: `${NOSCRIPT}/day/12`,
		gestures: ['zoom', 'drag', 'scroll']
	},
	{
		id: 'vis',
		name: 'vis-timeline',
		url: `${PEERS}/vis`,
		ready: '.vis-item',
		// vis-timeline zooms about 1.067x a notch: 22 notches make 4x, as for ours.
		zoomNotches: 22,
		area: visArea,
		probe: visProbe,
		gestures: ['zoom', 'drag', 'pinch', 'touchPan']
	},
	{
		// No wheel zoom and no reading path: load and drag only.
		id: 'timelinejs',
		name: 'TimelineJS',
		url: `${PEERS}/timelinejs`,
		ready: '.tl-timenav',
		// No wheel zoom; its time strip is wider than the screen already.
		zoomNotches: 0,
		area: timelineJsArea,
		probe: timelineJsProbe,
		gestures: ['drag']
	}
];

/**
 * With BENCH_BASELINE: the same two pages of the other build ("Before"), with exactly the gestures
 * and loads of ours (`after`: the id of the page they are compared with). No script-less copy: the
 * FCP floor is a target of ours only.
 */
export const BASELINE_PAGES = PAGES.filter((p) => p.ours).map((p) => ({
	...p,
	id: `${p.id}Before`,
	name: `Before ${p.path}`,
	url: `${BASELINE}${p.path}`,
	noscript: undefined,
	baseline: true,
	after: p.id
}));

/** Every page a run measures: each "Before" page next to ours. */
export const pagesFor = (baseline) =>
	baseline ? PAGES.flatMap((p) => [p, ...BASELINE_PAGES.filter((b) => b.after === p.id)]) : PAGES;
