import { describe, expect, it } from 'vitest';
import { days } from './index';
import { measureValues, sharedMeasures } from './measures';

const shown = (pair: ReturnType<typeof sharedMeasures>) =>
	pair.map(({ measure, values }) => [
		measure,
		values.map((v) => `day ${v.day} ${v.label.en} ${v.value}`)
	]);

describe('values of a measure', () => {
	it('day 1 and day 12 share GPQA Diamond, AIME 2024 and Codeforces: o1 against o3', () => {
		expect(shown(sharedMeasures(days, 1, 12))).toEqual([
			['gpqa-diamond', ['day 1 o1 78', 'day 12 o3 87.7']],
			['aime-2024', ['day 1 o1 83.3', 'day 12 o3 96.7']],
			[
				'codeforces-rating',
				['day 1 o1 (~1891) 1891', 'day 12 o3 2727', 'day 12 o3-mini, high 2073']
			]
		]);
	});

	it('a value told twice is one value citing both figures’ sources', () => {
		const o1 = sharedMeasures(days, 1, 12)[2]!.values[0]!;
		expect(o1.sources).toEqual(
			expect.arrayContaining([
				'd12-livestream',
				'd12-competitive-programming-paper',
				'd12-recap-blog'
			])
		);
	});

	it('no other pair of days shares a measure today', () => {
		for (let a = 1; a <= 12; a++)
			for (let b = a + 1; b <= 12; b++)
				if (a !== 1 || b !== 12) expect(sharedMeasures(days, a, b), `${a}-${b}`).toEqual([]);
	});

	it('the article’s own claims are never charted', () => {
		const ids = measureValues(days).map((v) => v.figure.id);
		expect(ids).not.toContain('codeforces-rank');
		expect(ids).not.toContain('thinking-speed');
		expect(ids).toContain('gpqa-diamond');
	});

	it('a day’s own figure is named by its subject bar, or else by the day', () => {
		const swe = measureValues(days).find((v) => v.measure === 'swe-bench-verified')!;
		expect(swe).toMatchObject({ day: 12, label: { en: 'o3' }, value: 71.7 });
		const mini = measureValues(days).find((v) => v.figure.id === 'o3-mini-codeforces')!;
		expect(mini.label.en).toBe('o3-mini, high');
	});
});
