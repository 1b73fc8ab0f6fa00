import { describe, expect, it } from 'vitest';
import { formatFigure } from './figure';

const unit = (en: string) => ({ en, zh: en });

describe('formatFigure', () => {
	it.each([
		[{ value: 34, unit: unit('% fewer') }, '34% fewer'],
		[{ value: 2727, unit: unit('rating') }, '2727 rating'],
		[{ value: 3000000000, unit: unit('users') }, '3,000,000,000 users'],
		[{ value: 40, unit: unit('USD / 1M tokens') }, '40 USD / 1M tokens'],
		[{ value: 50, display: { en: '~50', zh: '约 50' }, unit: unit('% faster') }, '~50% faster']
	])('joins %o as %s', (figure, expected) => {
		expect(formatFigure(figure, 'en').joined).toBe(expected);
	});
});
