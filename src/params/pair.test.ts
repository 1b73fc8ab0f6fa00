import { describe, expect, it } from 'vitest';
import { comparePairs, comparePath, pairOf } from '$lib/paths/compare';
import { match } from './pair';

describe('the compare route matcher', () => {
	it.each(['1-2', '1-12', '3-7', '11-12', '9-10'])('accepts %s', (param) => {
		expect(match(param)).toBe(true);
	});

	it.each([
		'12-1',
		'3-3',
		'0-5',
		'1-13',
		'01-2',
		'1-02',
		'1--2',
		'1-2-3',
		'-1-2',
		'1_2',
		'1-',
		'a-b',
		''
	])('rejects %j', (param) => {
		expect(match(param)).toBe(false);
	});

	it('accepts every pair of the compare pages, and only those', () => {
		const pairs = comparePairs().map(([a, b]) => `${a}-${b}`);
		expect(pairs).toHaveLength(66);
		const all = Array.from({ length: 14 * 14 }, (_, i) => `${Math.floor(i / 14)}-${i % 14}`);
		expect(all.filter(match)).toEqual(pairs);
	});

	it('names a pair of days in either order by its one page', () => {
		expect(comparePath(12, 1)).toBe('/compare/1-12');
		expect(comparePath(3, 7)).toBe('/compare/3-7');
		expect(pairOf('3-11')).toEqual([3, 11]);
	});
});
