import { describe, expect, it } from 'vitest';
import { highlightedDays, lensFrom, queryFrom, withLensAndQuery } from './explorer-url';

describe('explorer URL state', () => {
	it.each([
		['?lens=super-app', 'super-app'],
		['?lens=Super-App', null],
		['?lens=', null],
		['?lens=%3Cscript%3E', null],
		['', null]
	])('lensFrom(%j) is %j', (search, expected) => {
		expect(lensFrom(search)).toBe(expected);
	});

	it('reads the query and caps its length', () => {
		expect(queryFrom('?q=%E5%BC%BA%E5%8C%96%E5%BE%AE%E8%B0%83')).toBe('强化微调');
		expect(queryFrom(`?q=${'x'.repeat(500)}`)).toHaveLength(200);
	});

	it('writes the lens and query beside the zoom window', () => {
		expect(withLensAndQuery('?from=2024-12-09&to=2024-12-13', 'sora-and-video', 'storyboard')).toBe(
			'?from=2024-12-09&to=2024-12-13&lens=sora-and-video&q=storyboard'
		);
		expect(withLensAndQuery('?lens=super-app&q=x&from=a', null, ' ')).toBe('?from=a');
	});
});

describe('highlightedDays', () => {
	it.each([
		[null, null, null],
		[[2, 9, 12], null, [2, 9, 12]],
		[null, [3], [3]],
		[[2, 9, 12], [9, 3], [9]],
		[[3], [], []]
	])('lens %j and search %j highlight %j', (lens, search, expected) => {
		const result = highlightedDays(lens, search);
		expect(result && [...result]).toEqual(expected);
	});
});
