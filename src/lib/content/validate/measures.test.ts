import { describe, expect, it } from 'vitest';
import { days } from '../index';
import { errorsFor, figure, figureAt, withDay } from './broken-content';
import type { ContentSet } from './index';

describe('measures', () => {
	it('o1 is measured on day 12 as the release of day 1, on GPQA Diamond, AIME 2024 and Codeforces', () => {
		const o1Bars = days[11]!.figures.flatMap((f) =>
			(f.bars ?? []).filter((b) => b.day === 1).map((b) => [f.measure, b.value])
		);
		expect(o1Bars).toEqual([
			['gpqa-diamond', 78],
			['aime-2024', 83.3],
			['codeforces-rating', 1891],
			['codeforces-rating', 1891]
		]);
	});

	const gpqa = figureAt(12, 'gpqa-diamond');
	const cases: { rule: string; set: () => ContentSet; message: RegExp }[] = [
		{
			rule: 'a measure is a kebab-case id',
			set: () => withDay(12, (d) => (figure(d, 'gpqa-diamond').measure = 'GPQA Diamond')),
			message: new RegExp(
				`day-12\\.ts: day 12: figures\\[${gpqa}\\]\\.measure: "GPQA Diamond" is not a kebab-case id`
			)
		},
		{
			rule: 'one measure has one unit on every day',
			set: () => withDay(1, (d) => (figure(d, 'pro-price').measure = 'gpqa-diamond')),
			message: new RegExp(
				`day-12\\.ts: day 12: figures\\[${gpqa}\\]\\.unit: measure "gpqa-diamond" is in "% / %" here but in "USD per month / 美元/月" on day 1 \\(figures\\[${figureAt(1, 'pro-price')}\\]\\)`
			)
		},
		{
			rule: 'one measure has one unit within a day',
			set: () => withDay(12, (d) => (figure(d, 'o3-mini-codeforces').unit.en = 'points')),
			message: new RegExp(
				`day-12\\.ts: day 12: figures\\[${figureAt(12, 'o3-mini-codeforces')}\\]\\.unit: measure "codeforces-rating" is in "points / .*" here but in "rating \\(Elo-style\\) / .*" on day 12 \\(figures\\[${figureAt(12, 'codeforces-rating')}\\]\\)`
			)
		},
		{
			rule: 'a bar names a real day',
			set: () => withDay(12, (d) => (figure(d, 'gpqa-diamond').bars![1]!.day = 13)),
			message: new RegExp(
				`day-12\\.ts: day 12: figures\\[${gpqa}\\]\\.bars\\[1\\]\\.day: 13 is not another of the 12 days`
			)
		},
		{
			rule: 'a bar names another day than its own',
			set: () => withDay(12, (d) => (figure(d, 'gpqa-diamond').bars![1]!.day = 12)),
			message: /figures\[\d+\]\.bars\[1\]\.day: 12 is not another of the 12 days/
		},
		{
			rule: 'the subject bar is the day’s own',
			set: () => withDay(12, (d) => (figure(d, 'gpqa-diamond').bars![0]!.day = 1)),
			message: /bars\[0\]\.day: the subject bar is the figure itself/
		}
	];

	it.each(cases)('rejects broken content: $rule', ({ set, message }) => {
		expect(errorsFor(set())).toMatch(message);
	});
});
