import { describe, expect, it } from 'vitest';
import { days, people } from '$lib/content';
import { buildIndex, normalize, search } from './search';

const index = buildIndex(days, people);
const numbers = (query: string) => search(index, query, 'en').map((r) => r.number);

describe('normalize', () => {
	it.each([
		['Café', 'cafe'],
		['ÉLAN  Vital', 'elan vital'],
		['ＳＯＲＡ', 'sora'],
		['强化微调', '强化微调'],
		['  o3\tMINI ', 'o3 mini'],
		['santa 🎅', 'santa'],
		['o1-pro, “$200”', 'o1 pro 200'],
		['87.7%. Done.', '87.7 done'],
		['强化微调，故事板。', '强化微调 故事板']
	])('%j -> %j', (input, expected) => {
		expect(normalize(input)).toBe(expected);
	});
});

describe('search', () => {
	it.each([
		['sora', [3]],
		['SORA', [3]],
		['Sorá', [3]],
		['storyboard', [3]],
		['reinforcement fine-tuning', [2, 9]],
		['强化微调', [2, 9]],
		['故事板', [3]],
		['whatsapp', [10]],
		['GPQA', [12]],
		['87.7', [12]],
		['tang jiayu', [3]],
		['唐家渝', [3]],
		['apple', [5, 11]],
		['canvas python', [4]]
	])('%j finds days %j', (query, expected) => {
		for (const day of expected) expect(numbers(query)).toContain(day);
		if (expected.length === 1) expect(numbers(query)).toEqual(expected);
	});

	it('reads symbols and emoji as spaces: “santa 🎅” finds what “santa” finds', () => {
		expect(numbers('santa 🎅')).toEqual(numbers('santa'));
		expect(numbers('santa 🎅')).toContain(6);
		expect(numbers('🎅')).toEqual([]);
	});

	it('needs every word to match', () => {
		expect(numbers('sora whatsapp')).toEqual([]);
	});

	it('finds nothing for nonsense and nothing for an empty query', () => {
		expect(numbers('zzqxj')).toEqual([]);
		expect(numbers('   ')).toEqual([]);
	});

	it('says why a day matched, in the reader language', () => {
		const [sora] = search(index, 'storyboard', 'en');
		expect(sora?.reasons).toContainEqual({ kind: 'feature', label: 'Storyboard' });
		const [soraZh] = search(index, 'storyboard', 'zh');
		expect(soraZh?.reasons).toContainEqual({ kind: 'feature', label: '故事板' });
		const [rft] = search(index, '强化微调', 'en');
		expect(rft?.reasons.map((r) => r.kind)).toContain('title');
	});
});
