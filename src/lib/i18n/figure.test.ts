import { describe, expect, it } from 'vitest';
import { formatFigure } from './figure';

describe('formatFigure', () => {
	it.each([
		[{ value: 34, unit: '% fewer' }, '34% fewer'],
		[{ value: 2727, unit: 'rating' }, '2727 rating'],
		[{ value: 3000000000, unit: 'users' }, '3,000,000,000 users'],
		[{ value: 40, unit: 'USD / 1M tokens' }, '40 USD / 1M tokens'],
		[{ value: 50, display: '~50', unit: '% faster' }, '~50% faster'],
		[{ value: 10, unit: '× the Plus allowance' }, '10× the Plus allowance']
	])('joins %o as %s', (figure, expected) => {
		expect(formatFigure(figure).joined).toBe(expected);
	});
});
