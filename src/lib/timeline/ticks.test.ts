import { describe, expect, it } from 'vitest';
import { axisLabels } from '$lib/views/axis-labels';
import { estimateTextWidth } from './layout';
import { DAY, HOUR, type Domain } from './scale';
import { axisTicks, tickLevel } from './ticks';

const THREE_WEEKS = 21 * DAY;
const domain: Domain = [new Date('2024-12-02T00:00:00Z'), new Date('2024-12-23T00:00:00Z')];
const measure = (text: string) => estimateTextWidth(text, 12);

describe('tick levels adapt from weeks to days to hours', () => {
	it.each([
		[THREE_WEEKS, 320, 'week'],
		[THREE_WEEKS, 800, 'day-short'],
		[THREE_WEEKS, 1400, 'day'],
		[7 * DAY, 800, 'day'],
		[3 * DAY, 400, 'hour-12'],
		[2 * DAY, 600, 'hour-6'],
		[DAY, 900, 'hour-3'],
		[6 * HOUR, 900, 'hour-1'],
		[3 * HOUR, 320, 'hour-1']
	] as const)('%d ms over %d px is %s', (span, width, level) => {
		expect(tickLevel(span, width)).toBe(level);
	});
});

const at = (iso: string) => new Date(iso);
const shown = (view: Domain, width: number, locale: 'en' | 'zh') =>
	axisTicks(view, width, { labels: axisLabels(domain, locale), domain, measure })
		.filter((t) => t.box)
		.map((t) => t.label);

describe('tick labels', () => {
	it.each([
		[domain, 320, 'en', ['2 Dec', '9 Dec', '16 Dec']],
		// Day numbers alone once the days have room, but the first names its month.
		[domain, 1000, 'en', ['2 Dec', '4', '6', '8']],
		[domain, 1000, 'zh', ['12月2日', '4日', '6日', '8日']],
		[[at('2024-12-09T00:00Z'), at('2024-12-12T00:00Z')], 1400, 'en', ['9 Dec', '06:00']],
		[[at('2024-12-09T00:00Z'), at('2024-12-12T00:00Z')], 1400, 'zh', ['12月9日', '06:00']],
		[
			[at('2024-12-09T00:00Z'), at('2024-12-16T00:00Z')],
			800,
			'zh',
			['12月10日 周二', '12月11日 周三']
		],
		[[at('2024-12-11T17:00Z'), at('2024-12-11T21:00Z')], 900, 'en', ['Wed 11 Dec 17:00', '18:00']]
	] as const)('%j over %d px in %s starts %j', (view, width, locale, expected) => {
		expect(shown(view as Domain, width, locale).slice(0, expected.length)).toEqual(expected);
	});

	it('labels are in UTC whatever the machine time zone', () => {
		// The same instants label the same under TZ=UTC and TZ=Asia/Shanghai (see npm run test:unit).
		const view: Domain = [at('2024-12-20T12:00Z'), at('2024-12-21T12:00Z')];
		expect(shown(view, 900, 'en')).toContain('18:00');
		expect(shown(view, 900, 'en')).toContain('21 Dec');
	});

	it('the deepest zoom names the day it shows', () => {
		const view: Domain = [at('2024-12-11T18:00Z'), at('2024-12-11T21:00Z')];
		expect(shown(view, 320, 'en')[0]).toBe('Wed 11 Dec 18:00');
	});
});

describe('labels never overlap and never leave the view', () => {
	const views: Domain[] = [domain];
	// Every zoom from the whole domain down to three hours, at several positions.
	for (let span = THREE_WEEKS; span >= 3 * HOUR; span /= 1.7) {
		for (const offset of [0, 0.37, 1]) {
			const from = domain[0].getTime() + offset * (THREE_WEEKS - span);
			views.push([new Date(from), new Date(from + span)]);
		}
	}
	const widths = [320, 375, 480, 640, 700, 780, 1000, 1280, 1600, 2560];
	it.each(['en', 'zh'] as const)('in %s', (locale) => {
		const labels = axisLabels(domain, locale);
		const problems: string[] = [];
		for (const width of widths) {
			for (const view of views) {
				const boxes = axisTicks(view, width, { labels, domain, measure }).flatMap((t) =>
					t.box ? [t.box] : []
				);
				if (boxes.length === 0) problems.push(`no label at ${width}px`);
				boxes.forEach((box, i) => {
					if (box[0] < 0 || box[1] > width) problems.push(`${box} outside ${width}px`);
					if (i > 0 && box[0] < boxes[i - 1]![1]) problems.push(`overlap at ${width}px`);
				});
			}
		}
		expect(problems).toEqual([]);
	});
});
