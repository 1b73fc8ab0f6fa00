import { describe, expect, it } from 'vitest';
import { baseScale } from './scale';
import { clampTransform, panIntoView, transformFor, windowOf } from './view';

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
