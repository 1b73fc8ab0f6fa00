import { describe, expect, it } from 'vitest';
import { enCite } from './cite-en';
import { zhCite } from './cite-zh';
import { loadPageStrings } from './page-strings';
import { enPages } from './pages-en';
import { zhPages } from './pages-zh';

const keys = (o: object): string[] =>
	Object.entries(o).flatMap(([k, v]) =>
		v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((sub) => `${k}.${sub}`) : [k]
	);
const texts = (o: object): string[] =>
	Object.values(o).flatMap((v) =>
		typeof v === 'string'
			? [v]
			: typeof v === 'function'
				? [String(v(1, 'x', 'y'))]
				: v && typeof v === 'object'
					? texts(v)
					: []
	);

describe.each([
	['the figures and compare pages', enPages, zhPages],
	['the Cite dialog', enCite, zhCite]
])('the text of %s', (_, en, zh) => {
	it('has the same keys in both languages', () => {
		expect(keys(zh).sort()).toEqual(keys(en).sort());
	});

	it('is Chinese in Chinese, quoting with “” and no half-width comma or colon', () => {
		const chinese = texts(zh);
		expect(chinese.filter((t) => /[「」『』"]/.test(t))).toEqual([]);
		// Format names (GB/T 7714-2015, APA 7) aside, a sentence has full-width punctuation.
		expect(chinese.filter((t) => /[\u4e00-\u9fff][,:;]|[,:;][\u4e00-\u9fff]/.test(t))).toEqual([]);
	});
});

describe('loading the text', () => {
	it('loads the language asked for', async () => {
		expect((await loadPageStrings('zh')).figures.title).toBe('全部关键数字');
		expect((await loadPageStrings('en')).compare.title(1, 12)).toBe(
			'Day 1 and day 12 side by side'
		);
		expect(zhCite.heading).toBe('引用本页');
		expect(enCite.copied('BibTeX')).toBe('BibTeX citation copied');
	});
});
