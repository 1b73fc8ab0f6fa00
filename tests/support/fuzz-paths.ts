/** A small seeded PRNG (mulberry32), so a failing run can be repeated exactly. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(rand: () => number, items: readonly T[]): T =>
	items[Math.floor(rand() * items.length)]!;

const DAY_SPELLINGS = [
	'0',
	'13',
	'99',
	'-1',
	'+1',
	'1.0',
	'1.5',
	'1e1',
	'01',
	'007',
	'0x3',
	'%201',
	'1%20',
	'١',
	'１',
	'²',
	'12abc',
	'abc',
	'',
	'3/extra',
	'3/',
	'3.',
	' 3',
	'Infinity',
	'NaN',
	'9007199254740993',
	'1,2',
	'三'
];
// Real build files (e.g. SvelteKit's __data.json) are neither pages nor 404s, so none are generated.
const SEGMENTS = [
	'nope',
	'DAY',
	'Day',
	'day%2F3',
	'%2e%2e',
	'..%2Fday',
	'%2F',
	'index.html',
	'day/3.html',
	'404',
	'zh',
	'theme',
	'theme/unknown',
	'days.json.bak',
	'第三天',
	'🙂',
	'%00',
	'%ZZ',
	'_app',
	'a'.repeat(3000)
];
const WINDOW_VALUES = [
	'2024-12-09',
	'2024-12-09T12:00',
	'2024-13-45',
	'garbage',
	'',
	'%00',
	'1e9',
	'-2024-12-09',
	'2024-12-09T25:61',
	'9999-12-31',
	'0000-01-01',
	'2024-12-20T18:00',
	'２０２４-12-09',
	'x'.repeat(500)
];

/** One generated path (with query string), mixing valid pages with every kind of bad input. */
export function fuzzPath(rand: () => number): string {
	const kind = Math.floor(rand() * 6);
	let path: string;
	if (kind === 0) path = `/day/${Math.floor(rand() * 14)}`;
	else if (kind === 1 || kind === 2) path = `/day/${pick(rand, DAY_SPELLINGS)}`;
	else if (kind === 3) path = `/${pick(rand, SEGMENTS)}`;
	else if (kind === 4) path = rand() < 0.5 ? '/' : `/day/${1 + Math.floor(rand() * 12)}`;
	else path = `/${pick(rand, SEGMENTS)}/${pick(rand, DAY_SPELLINGS)}`;
	// The Chinese edition: the same pages and the same mistakes under /zh.
	if (rand() < 0.35) path = path === '/' ? '/zh' : `/zh${path}`;
	if (rand() < 0.5) {
		const params = [`from=${pick(rand, WINDOW_VALUES)}`, `to=${pick(rand, WINDOW_VALUES)}`];
		if (rand() < 0.3)
			params.push(`q=${encodeURIComponent(pick(rand, ['sora', '强化微调', '<script>', '%']))}`);
		if (rand() < 0.2) params.reverse();
		path += `?${params.join('&')}`;
	}
	return path;
}

/** What a path must give: the page it names, or the 404 page. Judged on the path as the browser parses it. */
export function expectedStatus(path: string, base: string): 200 | 404 {
	const { pathname } = new URL(path, base);
	const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	let segments: string[];
	try {
		// %2F inside a segment is not a separator.
		segments = trimmed.split('/').map((s) => decodeURIComponent(s));
	} catch {
		return 404;
	}
	if (segments.some((s) => s.includes('/') || s.includes('\0'))) return 404;
	const decoded = segments.join('/');
	const page = decoded.startsWith('/zh/') ? decoded.slice(3) : decoded === '/zh' ? '/' : decoded;
	return page === '' || page === '/' || /^\/day\/(?:[1-9]|1[0-2])$/.test(page) ? 200 : 404;
}

/** The edition whose 404 page a path gets: the server judges by the raw path's first segment. */
export function editionOf(path: string, base: string): 'en' | 'zh' {
	const { pathname } = new URL(path, base);
	return pathname === '/zh' || pathname.startsWith('/zh/') ? 'zh' : 'en';
}
