import { describe, expect, it } from 'vitest';
import { days } from '$lib/content';
import { baseScale, maxZoom, weekends, weeksDomain } from './scale';

const domain = weeksDomain(days.map((d) => d.livestreamStart));

describe('the timeline domain', () => {
	it('is the three whole weeks (Monday to Monday, UTC) that hold the twelve days', () => {
		expect(domain.map((d) => d.toISOString())).toEqual([
			'2024-12-02T00:00:00.000Z',
			'2024-12-23T00:00:00.000Z'
		]);
	});

	it('zooms from the whole three weeks down to three hours', () => {
		expect(maxZoom(domain)).toBe(168);
	});

	it('shades the three weekends', () => {
		expect(
			weekends(domain).map(([a, b]) => [a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)])
		).toEqual([
			['2024-12-07', '2024-12-09'],
			['2024-12-14', '2024-12-16'],
			['2024-12-21', '2024-12-23']
		]);
	});

	it('clips weekends to a domain that starts or ends inside one', () => {
		const partial = [new Date('2024-12-08T12:00:00Z'), new Date('2024-12-14T06:00:00Z')] as const;
		expect(weekends(partial).map(([a, b]) => [a.toISOString(), b.toISOString()])).toEqual([
			['2024-12-08T12:00:00.000Z', '2024-12-09T00:00:00.000Z'],
			['2024-12-14T00:00:00.000Z', '2024-12-14T06:00:00.000Z']
		]);
	});
});

describe('the base scale', () => {
	it.each([
		[320, '2024-12-02T00:00:00Z', 0],
		[320, '2024-12-23T00:00:00Z', 320],
		[2100, '2024-12-05T18:00:00Z', 375],
		[2100, '2024-12-20T18:00:00Z', 1875]
	])('at width %i puts %s at x=%d', (width, instant, x) => {
		expect(baseScale(domain, width)(new Date(instant))).toBeCloseTo(x, 6);
	});

	it('places every day in order and inside the width', () => {
		const scale = baseScale(domain, 1000);
		const xs = days.map((d) => scale(new Date(d.livestreamStart)));
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		for (const x of xs) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(1000);
		}
	});
});
