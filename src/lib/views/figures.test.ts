import { describe, expect, it } from 'vitest';
import { days } from '$lib/content';
import { csvObjects, parseCsv } from '../../../tests/support/csv';
import { CSV_COLUMNS, figuresCsv } from './figures-csv';
import { figuresView } from './figures-view';

const total = days.reduce((n, day) => n + day.figures.length, 0);

describe('the table of key figures', () => {
	it('has every figure once, in day order, each citing numbered sources the page lists', () => {
		const { rows, sources } = figuresView('en');
		expect(rows).toHaveLength(total);
		expect(total).toBe(31);
		expect(new Set(rows.map((r) => r.key)).size).toBe(total);
		expect(rows.map((r) => r.day)).toEqual([...rows.map((r) => r.day)].sort((a, b) => a - b));
		const listed = new Set(sources.map((s) => s.id));
		for (const row of rows) for (const id of row.sources) expect(listed, id).toContain(id);
	});

	it('shows a figure as the day does, in the page’s language', () => {
		const zh = figuresView('zh').rows.find((r) => r.key === '1-thinking-speed')!;
		expect(zh).toMatchObject({ label: '思考速度提升', unverified: true });
		expect(`${zh.shown.value}${zh.shown.separator}${zh.shown.unit}`).toBe('约 50%（提速）');
		const gpqa = figuresView('en').rows.find((r) => r.key === '12-gpqa-diamond')!;
		expect(gpqa).toMatchObject({ measure: 'gpqa-diamond', value: 87.7, category: 'model' });
	});
});

describe('figures.csv', () => {
	it.each(['en', 'zh'] as const)('is UTF-8 with a BOM, CRLF, quoted fields (%s)', (locale) => {
		const csv = figuresCsv(locale);
		expect(csv.startsWith('\ufeff"day","date",')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
		const [header, ...records] = parseCsv(csv.slice(1));
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(records).toHaveLength(total);
		for (const record of records) expect(record).toHaveLength(CSV_COLUMNS.length);
	});

	it('holds each figure’s value, status and sources’ URLs, its text in the file’s language', () => {
		const read = (locale: 'en' | 'zh') => csvObjects(figuresCsv(locale).slice(1));
		const en = read('en').find((r) => r.figure === 'codeforces-rating')!;
		expect(en).toMatchObject({ day: '12', date: '2024-12-20', value: '2727', status: 'confirmed' });
		expect(en.source_urls!.split(' ')).toContain('https://arxiv.org/abs/2502.06807');
		const zh = read('zh').find((r) => r.figure === 'codeforces-rank')!;
		expect(zh).toMatchObject({
			label: 'Codeforces 排名折算',
			status: 'unverified',
			display: '约第 175'
		});
		expect(zh.comparison).toBe('');
	});
});
