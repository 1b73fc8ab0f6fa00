import { describe, expect, it } from 'vitest';
import { apa, bibtex, citationKey, gbt, localDate, type Citation } from './citation';

const day12: Citation = {
	locale: 'en',
	title: 'Day 12: OpenAI o3 and o3-mini',
	site: 'Twelve Days',
	version: '1.0.0',
	updated: '2026-12-07',
	url: 'https://twelve-days.example/day/12',
	accessed: '2027-01-31'
};
const day12zh: Citation = {
	...day12,
	locale: 'zh',
	title: '第 12 天：OpenAI o3 与 o3-mini',
	site: '十二天',
	url: 'https://twelve-days.example/zh/day/12'
};

describe('a page’s citation', () => {
	it.each([
		[
			day12,
			'Twelve Days. (2026, December 7). Day 12: OpenAI o3 and o3-mini (Version 1.0.0). Retrieved January 31, 2027, from https://twelve-days.example/day/12'
		],
		[
			day12zh,
			'十二天. (2026, December 7). 第 12 天：OpenAI o3 与 o3-mini (Version 1.0.0). Retrieved January 31, 2027, from https://twelve-days.example/zh/day/12'
		]
	])('APA 7 ($locale)', (citation, text) => {
		expect(apa(citation).join('')).toBe(text);
		expect(apa(citation)[1]).toBe(citation.title);
	});

	it.each([
		[
			day12,
			'Twelve Days. Day 12: OpenAI o3 and o3-mini[EB/OL]. Version 1.0.0. (2026-12-07)[2027-01-31]. https://twelve-days.example/day/12.'
		],
		[
			day12zh,
			'十二天. 第 12 天：OpenAI o3 与 o3-mini[EB/OL]. 1.0.0版. (2026-12-07)[2027-01-31]. https://twelve-days.example/zh/day/12.'
		]
	])('GB/T 7714-2015 ($locale)', (citation, text) => {
		expect(gbt(citation)).toBe(text);
	});

	it('BibTeX', () => {
		expect(bibtex(day12)).toBe(
			[
				'@misc{twelvedays-day-12,',
				'  author = {{Twelve Days}},',
				'  title = {{Day 12: OpenAI o3 and o3-mini}},',
				'  year = {2026},',
				'  version = {1.0.0},',
				'  howpublished = {\\url{https://twelve-days.example/day/12}},',
				'  url = {https://twelve-days.example/day/12},',
				'  urldate = {2027-01-31},',
				'  note = {Version 1.0.0, last updated 2026-12-07; accessed 2027-01-31}',
				'}'
			].join('\n')
		);
		expect(bibtex(day12zh)).toContain('@misc{twelvedays-zh-day-12,');
		expect(bibtex(day12zh)).toContain('  title = {{第 12 天：OpenAI o3 与 o3-mini}},');
		expect(bibtex(day12zh)).toContain(
			'  note = {版本 1.0.0，更新于 2026-12-07；访问于 2027-01-31}'
		);
	});

	it('escapes what BibTeX would read as commands', () => {
		expect(bibtex({ ...day12, title: 'R&D: 100% of $5 #1 a_b' })).toContain(
			'title = {{R\\&D: 100\\% of \\$5 \\#1 a\\_b}}'
		);
	});

	it.each([
		['https://twelve-days.example/', 'twelvedays'],
		['https://twelve-days.example/zh', 'twelvedays-zh'],
		['https://twelve-days.example/compare/1-12', 'twelvedays-compare-1-12'],
		['https://example.org/twelve-days/theme/super-app', 'twelvedays-twelve-days-theme-super-app']
	])('%s is cited as %s', (url, key) => {
		expect(citationKey(url)).toBe(key);
	});

	it('dates the access by the reader’s own calendar, not UTC’s', () => {
		// 23:30 on 31 January where the reader is: already 1 February in UTC east of them.
		expect(localDate(new Date(2027, 0, 31, 23, 30))).toBe('2027-01-31');
		expect(localDate(new Date(2027, 1, 1, 0, 5))).toBe('2027-02-01');
	});
});
