import { describe, expect, it } from 'vitest';
import { compareView } from './compare-view';

describe('two days side by side', () => {
	it('day 1 and day 12 share three charts: o1 against o3 (and o3-mini) on one scale each', () => {
		const { days, shared } = compareView(1, 12, 'en');
		expect(days.map((d) => d.number)).toEqual([1, 12]);
		expect(
			shared.map((c) => [c.title, c.unit, c.bars.map((b) => `${b.day} ${b.label} ${b.value}`)])
		).toEqual([
			['GPQA Diamond accuracy', '%', ['1 o1 78', '12 o3 87.7']],
			['AIME 2024 accuracy', '%', ['1 o1 83.3', '12 o3 96.7']],
			[
				'Codeforces rating',
				'rating (Elo-style)',
				['1 o1 (~1891) 1891', '12 o3 2727', '12 o3-mini, high 2073']
			]
		]);
		// Every value is day 12's figures': its sources are day 12's.
		expect(shared[0]!.figures).toEqual([{ day: 12, label: 'GPQA Diamond accuracy' }]);
		expect(shared[0]!.sources).toEqual(['d12-livestream', 'article']);
	});

	it('in Chinese too', () => {
		const { shared, days } = compareView(1, 12, 'zh');
		expect(shared.map((c) => c.title)).toEqual([
			'GPQA Diamond 准确率',
			'AIME 2024 准确率',
			'Codeforces 等级分'
		]);
		expect(days[1].dateLabel).toBe('2024年12月20日 星期五');
	});

	it('lists each source it cites once, and only those', () => {
		const { sources, days, shared } = compareView(3, 9, 'en');
		expect(shared).toEqual([]);
		const ids = sources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		const cited = new Set([
			...days.flatMap((d) => d.figures.flatMap((f) => f.sources)),
			...days.flatMap((d) => d.commentary.flatMap((c) => (c.source ? [c.source.id] : [])))
		]);
		expect(new Set(ids)).toEqual(cited);
	});

	it('shows what shipped, figures as the days show them, and attributed commentary', () => {
		const [day1, day12] = compareView(1, 12, 'en').days;
		expect(day1.features).toContain('ChatGPT Pro and o1 pro mode');
		expect(day1.figures.find((f) => f.id === 'thinking-speed')).toMatchObject({
			shown: '~50% faster',
			unverified: true
		});
		expect(day12.commentary.map((c) => c.person.name)).toContain('Liu Zhiyuan');
		expect(day1.elsewhere[0]).toMatchObject({ day: 12 });
	});
});
