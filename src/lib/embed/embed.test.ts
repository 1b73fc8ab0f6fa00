import { describe, expect, it } from 'vitest';
import { days } from '$lib/content';
import { embedDayView, stripPlaces } from '$lib/views/embed';
import { oembedResponse } from './oembed';
import { embedPath, oembedPath, type EmbedKind } from '$lib/paths/resources';
import { en } from '$lib/i18n/strings-en';
import { zh } from '$lib/i18n/strings-zh';
import { cardHeight, lines, REFERENCE_WIDTH } from './size';
import { embedCode } from './snippet';
import { embedTargets } from './targets';

const ORIGIN = 'https://twelve-days.example';
const KINDS: EmbedKind[] = ['timeline', ...days.map((d) => ({ day: d.number }))];

describe('embed paths', () => {
	it.each([
		['timeline', 'en', '/embed', '/oembed/overview.json'],
		['timeline', 'zh', '/zh/embed', '/oembed/zh/overview.json'],
		[{ day: 3 }, 'en', '/embed/day/3', '/oembed/day-3.json'],
		[{ day: 12 }, 'zh', '/zh/embed/day/12', '/oembed/zh/day-12.json']
	] as const)('%j in %s: the page %s, its oEmbed %s', (kind, locale, page, oembed) => {
		expect(embedPath(kind, locale)).toBe(page);
		expect(oembedPath(kind, locale)).toBe(oembed);
	});
});

describe('the embed code', () => {
	it('is a lazy iframe as wide as its column, with a title and a height, and a line of script', () => {
		const code = embedCode({ path: '/embed/day/3', title: 'Day 3: Sora', height: 273 }, ORIGIN);
		const [frame, script] = code.split('\n');
		expect(frame).toBe(
			'<iframe src="https://twelve-days.example/embed/day/3" title="Day 3: Sora" width="100%" height="273" style="border: 0" loading="lazy" data-twelve-days></iframe>'
		);
		// The script listens for the page's height, from our origin only.
		expect(script).toMatch(/^<script>addEventListener\("message",.*<\/script>$/);
		expect(script).toContain('e.origin!=="https://twelve-days.example"');
		expect(script).toContain('"twelve-days:height"');
	});

	it('escapes what would end an attribute', () => {
		const code = embedCode({ path: '/embed', title: 'A "B" & <C>', height: 1 }, ORIGIN);
		expect(code).toContain('title="A &quot;B&quot; &amp; &lt;C&gt;"');
	});

	it('sizes a frame to the height its page reports, and ignores other pages and other origins', () => {
		const script = /<script>(.*)<\/script>/.exec(
			embedCode({ path: '/embed', title: 't', height: 400 }, ORIGIN)
		)![1]!;
		const ours = { contentWindow: {}, style: { height: '' } };
		const other = { contentWindow: {}, style: { height: '' } };
		let listener: (event: unknown) => void = () => {};
		new Function('addEventListener', 'document', script)(
			(_: string, fn: typeof listener) => (listener = fn),
			{ querySelectorAll: () => [ours, other] }
		);
		const message = (origin: string, source: object, height: unknown) =>
			listener({ origin, source, data: { type: 'twelve-days:height', height } });
		message('https://elsewhere.example', ours.contentWindow, 300);
		expect(ours.style.height).toBe('');
		message(ORIGIN, ours.contentWindow, 612);
		expect([ours.style.height, other.style.height]).toEqual(['612px', '']);
		message(ORIGIN, ours.contentWindow, 'a lot');
		expect(ours.style.height).toBe('100px');
	});

	it('exists for every embed in both languages, titled in that language', async () => {
		for (const kind of KINDS) {
			const { en, zh } = await embedTargets(kind);
			expect(en.path).toBe(embedPath(kind, 'en'));
			expect(zh.path).toBe(embedPath(kind, 'zh'));
			expect(en.title).toMatch(/Twelve Days/);
			expect(zh.title).toMatch(/十二天/);
			for (const { height } of [en, zh])
				expect(Number.isInteger(height) && height > 150).toBe(true);
		}
		expect((await embedTargets({ day: 3 })).en.title).toBe('Day 3: Sora · Twelve Days');
		expect((await embedTargets({ day: 3 })).zh.title).toBe('第 3 天：Sora · 十二天');
	});
});

describe('embed heights', () => {
	const day12 = embedDayView(days[11]!, 'en');
	const height = (day: typeof day12, chart: boolean, locale: 'en' | 'zh' = 'en') =>
		cardHeight(day, locale, chart, locale === 'en' ? en : zh);

	it('grow with the chart and with longer text', () => {
		const bars = day12.figure?.bars?.length ?? 0;
		expect(bars).toBeGreaterThan(0);
		expect(height(day12, true)).toBeGreaterThan(height(day12, false) + bars * 20);
		const longer = { ...day12, summary: `${day12.summary} ${day12.summary}` };
		expect(height(longer, false)).toBeGreaterThan(height(day12, false));
	});

	it('count Chinese characters as wider than Latin ones', () => {
		const latin = { ...day12, summary: 'a'.repeat(120) };
		const chinese = { ...day12, summary: '字'.repeat(120) };
		expect(height(chinese, false, 'zh')).toBeGreaterThan(height(latin, false, 'zh'));
	});

	it('wrap text between words, and between any two Chinese characters', () => {
		// "Read more on Twelve Days ↗" at 16 px needs a second line in the narrowest column.
		expect(lines('word '.repeat(5), 16)).toBe(1);
		expect(lines('word '.repeat(20), 16)).toBeGreaterThan(2);
		expect(lines('字'.repeat(14), 16)).toBe(1);
		expect(lines('字'.repeat(15), 16)).toBe(2);
		// A word longer than the line still takes one line of its own.
		expect(lines('x'.repeat(60), 16)).toBe(1);
	});
});

describe('oEmbed responses', () => {
	it.each(
		KINDS.flatMap((kind) => (['en', 'zh'] as const).map((locale) => [kind, locale] as const))
	)('%j in %s is a valid oEmbed 1.0 rich response', async (kind, locale) => {
		const response = await oembedResponse(kind, locale, ORIGIN);
		// oEmbed 1.0, 2.3.4: version and type, and for "rich": html, width and height (integers).
		expect(response.version).toBe('1.0');
		expect(response.type).toBe('rich');
		expect(response.width).toBe(REFERENCE_WIDTH);
		for (const size of [response.width, response.height, response.thumbnail_width])
			expect(Number.isInteger(size) && size > 0).toBe(true);
		// The thumbnail's URL, width and height come together; URLs are absolute.
		expect(response.thumbnail_url).toMatch(/^https:\/\/twelve-days\.example\/og\/.+\.png$/);
		expect([response.thumbnail_width, response.thumbnail_height]).toEqual([1200, 630]);
		expect(response.provider_url).toBe(`${ORIGIN}${locale === 'zh' ? '/zh' : '/'}`);
		expect(response.provider_name).toBe(locale === 'zh' ? '十二天' : 'Twelve Days');
		// The HTML is the embed code: the embed page in the same language, at the same height.
		const src = /<iframe src="([^"]+)"/.exec(response.html)?.[1];
		expect(src).toBe(`${ORIGIN}${embedPath(kind, locale)}`);
		expect(response.html).toContain(`height="${response.height}"`);
		expect(response.html).toContain(`title="${response.title.replaceAll('&', '&amp;')}"`);
	});
});

describe('the calendar strip', () => {
	it('puts each day in its week, Monday to Friday', () => {
		const places = stripPlaces(days, 'en');
		// 5-6 December were a Thursday and Friday; 9-13 and 16-20 the next two weeks.
		expect(places.slice(0, 3)).toEqual([
			{ number: 1, week: 0, weekday: 3, dayOfMonth: '5' },
			{ number: 2, week: 0, weekday: 4, dayOfMonth: '6' },
			{ number: 3, week: 1, weekday: 0, dayOfMonth: '9' }
		]);
		expect(places[11]).toEqual({ number: 12, week: 2, weekday: 4, dayOfMonth: '20' });
		expect(stripPlaces(days, 'zh')[11]!.dayOfMonth).toBe('20日');
	});
});
