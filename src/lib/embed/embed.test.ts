import { describe, expect, it } from 'vitest';
import { days } from '$lib/content';
import { embedDayView, stripPlaces } from '$lib/views/embed';
import { oembedResponse } from './oembed';
import { embedPath, oembedPath, type EmbedKind } from '$lib/paths/resources';
import { cardHeight, REFERENCE_WIDTH } from './size';
import { iframeCode } from './snippet';
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
	it('is a lazy iframe as wide as its column, with a title and a height', () => {
		const code = iframeCode({ path: '/embed/day/3', title: 'Day 3: Sora', height: 273 }, ORIGIN);
		expect(code).toBe(
			'<iframe src="https://twelve-days.example/embed/day/3" title="Day 3: Sora" width="100%" height="273" style="border: 0" loading="lazy"></iframe>'
		);
	});

	it('escapes what would end an attribute', () => {
		const code = iframeCode({ path: '/embed', title: 'A "B" & <C>', height: 1 }, ORIGIN);
		expect(code).toContain('title="A &quot;B&quot; &amp; &lt;C&gt;"');
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

	it('grow with the chart and with longer text', () => {
		const bars = day12.figure?.bars?.length ?? 0;
		expect(bars).toBeGreaterThan(0);
		expect(cardHeight(day12, 'en', true)).toBeGreaterThan(
			cardHeight(day12, 'en', false) + bars * 20
		);
		const longer = { ...day12, summary: `${day12.summary} ${day12.summary}` };
		expect(cardHeight(longer, 'en', false)).toBeGreaterThan(cardHeight(day12, 'en', false));
	});

	it('count Chinese characters as wider than Latin ones', () => {
		const latin = { ...day12, summary: 'a'.repeat(120) };
		const chinese = { ...day12, summary: '字'.repeat(120) };
		expect(cardHeight(chinese, 'zh', false)).toBeGreaterThan(cardHeight(latin, 'zh', false));
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
