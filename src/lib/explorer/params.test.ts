import { describe, expect, it } from 'vitest';
import { highlightedDays, lensFrom, MAX_QUERY, queryFrom, quoted, withParams } from './address';

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
		expect(queryFrom(`?q=${'x'.repeat(5000)}`)).toHaveLength(MAX_QUERY);
	});

	it.each([
		['sora', 'sora'],
		['  sora ', 'sora'],
		['x'.repeat(40), 'x'.repeat(40)],
		['x'.repeat(41), `${'x'.repeat(39)}…`],
		['强'.repeat(100), `${'强'.repeat(39)}…`],
		['🙂'.repeat(50), `${'🙂'.repeat(39)}…`]
	])('a message quotes %j as %j', (query, quote) => {
		expect(quoted(query)).toBe(quote);
	});

	it('writes the lens and query beside the zoom window', () => {
		const state = { window: null, lens: 'sora-and-video' as const, query: 'storyboard' };
		expect(withParams('?ref=mail', state)).toBe('?ref=mail&lens=sora-and-video&q=storyboard');
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
