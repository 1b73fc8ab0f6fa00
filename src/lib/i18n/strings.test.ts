import { describe, expect, it } from 'vitest';
import { loadStrings } from './strings';
import { en } from './strings-en';
import { zh } from './strings-zh';

describe('interface strings', () => {
	it('load the table of the page’s language only', async () => {
		expect(await loadStrings('en')).toBe(en);
		const chinese = await loadStrings('zh');
		expect(chinese).toBe(zh);
		expect(chinese.close).toBe('关闭');
		expect(chinese.dayLabel(3)).toBe('第 3 天');
		// Lists in each language's own punctuation: “第 1 天、第 12 天”.
		expect(en.listSeparator).toBe(', ');
		expect(chinese.listSeparator).toBe('、');
	});

	it('have the same keys in every language', () => {
		const keys = (o: object): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((sub) => `${k}.${sub}`) : [k]
			);
		expect(keys(zh).sort()).toEqual(keys(en).sort());
	});

	it('quote with “” in Chinese, like the content', () => {
		const texts = (o: object): string[] =>
			Object.values(o).flatMap((v) =>
				typeof v === 'string'
					? [v]
					: typeof v === 'function'
						? [String(v(1, 'x', 'y', 'z'))]
						: v && typeof v === 'object'
							? texts(v)
							: []
			);
		const all = texts(zh);
		expect(all.length).toBeGreaterThan(50);
		expect(all.filter((t) => /[「」『』"]/.test(t))).toEqual([]);
	});
});
