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

	/** Every text of a table, functions called with sample arguments. */
	const texts = (o: object): string[] =>
		Object.values(o).flatMap((v) =>
			typeof v === 'string'
				? [v]
				: typeof v === 'function'
					? [String(v(1, '标题', '说明', '日期'))]
					: v && typeof v === 'object'
						? texts(v)
						: []
		);

	it('quote with “” in Chinese, like the content', () => {
		const all = texts(zh);
		expect(all.length).toBeGreaterThan(50);
		expect(all.filter((t) => /[「」『』"]/.test(t))).toEqual([]);
	});

	it('punctuate Chinese with full-width marks, and write dates as 2024年12月5日', () => {
		const cjk = '[\\u3400-\\u9fff]';
		// A half-width colon, comma, semicolon or bracket touching a Chinese character.
		const halfWidth = new RegExp(`${cjk}\\s*[:,;()]|[:,;()]\\s*${cjk}`);
		expect(texts(zh).filter((t) => halfWidth.test(t))).toEqual([]);
		expect(texts(zh).filter((t) => /\d\s+[年月日]|[年月]\s+\d/.test(t))).toEqual([]);
		expect(zh.colon).toBe('：');
		expect(zh.comma).toBe('，');
		expect(en.comma).toBe(', ');
	});
});
