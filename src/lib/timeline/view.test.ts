import { describe, expect, it } from 'vitest';
import { baseScale } from './scale';
import {
	clampTransform,
	nearestDays,
	panIntoView,
	scaleAbout,
	transformFor,
	tweenTransform,
	windowOf
} from './view';

const domain = [new Date('2024-12-02T00:00:00Z'), new Date('2024-12-23T00:00:00Z')] as const;
const base = baseScale(domain, 2100);

describe('view transforms', () => {
	it('the identity shows the whole domain', () => {
		expect(windowOf(base, { k: 1, x: 0 }, 2100).map((d) => d.toISOString())).toEqual([
			'2024-12-02T00:00:00.000Z',
			'2024-12-23T00:00:00.000Z'
		]);
	});

	it('transformFor and windowOf are inverses', () => {
		const window = [new Date('2024-12-09T00:00:00Z'), new Date('2024-12-13T00:00:00Z')] as const;
		const t = transformFor(base, window, 2100, 168);
		expect(t.k).toBeCloseTo(21 / 4);
		expect(windowOf(base, t, 2100).map((d) => d.toISOString())).toEqual([
			'2024-12-09T00:00:00.000Z',
			'2024-12-13T00:00:00.000Z'
		]);
	});

	it.each([
		[
			{ k: 0.5, x: 10 },
			{ k: 1, x: 0 }
		],
		[
			{ k: 500, x: 0 },
			{ k: 168, x: 0 }
		],
		[
			{ k: 2, x: 100 },
			{ k: 2, x: 0 }
		],
		[
			{ k: 2, x: -5000 },
			{ k: 2, x: -2100 }
		],
		[
			{ k: NaN, x: NaN },
			{ k: 1, x: 0 }
		]
	])('clamps %o to %o', (t, expected) => {
		expect(clampTransform(t, 2100, 168)).toEqual(expected);
	});

	it('pans a point that is out of view just inside the margin, keeping the zoom', () => {
		const t = { k: 4, x: 0 };
		expect(panIntoView(t, 1000, 2100, 50, 168)).toEqual({ k: 4, x: -(4000 - 2050) });
		expect(panIntoView(t, 200, 2100, 50, 168)).toBe(t);
	});
});

describe('scaleAbout and tweenTransform', () => {
	it('zooming about a point keeps the instant under it in place', () => {
		const t = { k: 2, x: -300 };
		const next = scaleAbout(t, 1.5, 500);
		// base x under view x 500 before and after
		expect((500 - t.x) / t.k).toBeCloseTo((500 - next.x) / next.k);
		expect(next.k).toBe(3);
	});

	it.each([0, 0.25, 0.5, 1])('a pan stays a pan at u=%d', (u) => {
		const t = tweenTransform({ k: 4, x: -100 }, { k: 4, x: -900 }, u, 1000);
		expect(t.k).toBeCloseTo(4);
		expect(t.x).toBeCloseTo(-100 - 800 * u);
	});

	it('ends exactly at both transforms', () => {
		const from = { k: 1, x: 0 };
		const to = { k: 8, x: -2400 };
		expect(tweenTransform(from, to, 0, 1000)).toEqual({ k: 1, x: -0 });
		const end = tweenTransform(from, to, 1, 1000);
		expect(end.k).toBeCloseTo(8);
		expect(end.x).toBeCloseTo(-2400);
	});
});

describe('the days nearest an empty view', () => {
	const instants = ['2024-12-05T18:00Z', '2024-12-06T18:00Z', '2024-12-09T18:00Z'].map(Date.parse);
	const window = (from: string, to: string) => [new Date(from), new Date(to)] as const;

	it.each([
		['a view with a day in it', window('2024-12-06T12:00Z', '2024-12-06T20:00Z'), null],
		[
			'the weekend between',
			window('2024-12-07T00:00Z', '2024-12-08T00:00Z'),
			{ before: 2, after: 3 }
		],
		['before the first day', window('2024-12-02T00:00Z', '2024-12-03T00:00Z'), { after: 1 }],
		['after the last day', window('2024-12-20T00:00Z', '2024-12-21T00:00Z'), { before: 3 }]
	])('%s', (_, view, expected) => {
		expect(nearestDays(view, instants)).toEqual(expected);
	});
});
