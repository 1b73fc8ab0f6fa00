import { describe, expect, it } from 'vitest';
import {
	explorerSearch,
	formatStamp,
	parseStamp,
	parseWindow,
	readParams,
	withParams
} from './address';

const domain = [new Date('2024-12-02T00:00:00Z'), new Date('2024-12-23T00:00:00Z')] as const;
const iso = (w: readonly [Date, Date] | null) => w && w.map((d) => d.toISOString());

describe('parseStamp', () => {
	it.each([
		['2024-12-09', '2024-12-09T00:00:00.000Z'],
		['2024-12-09T18:30', '2024-12-09T18:30:00.000Z'],
		[' 2024-12-09 ', '2024-12-09T00:00:00.000Z']
	])('reads %j', (value, expected) => {
		expect(parseStamp(value)?.toISOString()).toBe(expected);
	});

	it.each([
		'',
		'garbage',
		'2024-13-01',
		'2024-02-31',
		'2024-12-09T25:00',
		'2024-12-9',
		'2024-12-09T18:30:00Z',
		'1e9',
		null
	])('rejects %j', (value) => {
		expect(parseStamp(value)).toBeNull();
	});

	it('round-trips with formatStamp', () => {
		expect(formatStamp(parseStamp('2024-12-09T06:45')!)).toBe('2024-12-09T06:45');
	});
});

describe('parseWindow', () => {
	const params = (s: string) => new URLSearchParams(s);
	it.each([
		['from=2024-12-09&to=2024-12-13', ['2024-12-09T00:00:00.000Z', '2024-12-13T00:00:00.000Z']],
		['from=2024-12-13&to=2024-12-09', ['2024-12-09T00:00:00.000Z', '2024-12-13T00:00:00.000Z']],
		['from=2020-01-01&to=2024-12-04', ['2024-12-02T00:00:00.000Z', '2024-12-04T00:00:00.000Z']],
		['from=2024-12-20&to=2030-01-01', ['2024-12-20T00:00:00.000Z', '2024-12-23T00:00:00.000Z']],
		[
			'from=2024-12-09T12:00&to=2024-12-09T12:00',
			['2024-12-09T10:30:00.000Z', '2024-12-09T13:30:00.000Z']
		],
		[
			'from=2024-12-02T00:30&to=2024-12-02T01:00',
			['2024-12-02T00:00:00.000Z', '2024-12-02T03:00:00.000Z']
		]
	])('%s', (search, expected) => {
		expect(iso(parseWindow(params(search), domain))).toEqual(expected);
	});

	it.each([
		'',
		'from=2024-12-09',
		'to=2024-12-09',
		'from=x&to=y',
		'from=2019-01-01&to=2031-01-01',
		'from=2024-12-09&to=%00'
	])('ignores %j', (search) => {
		expect(parseWindow(params(search), domain)).toBeNull();
	});
});

describe('withParams', () => {
	const window = [new Date('2024-12-09T00:00:00Z'), new Date('2024-12-13T06:00:00Z')] as const;
	it('writes the window and keeps other parameters', () => {
		expect(withParams('?ref=mail', { window, lens: null, query: '' })).toBe(
			'?ref=mail&from=2024-12-09T00%3A00&to=2024-12-13T06%3A00'
		);
	});

	it('drops what is not set', () => {
		expect(
			withParams('?from=a&to=b&lens=super-app&q=x', { window: null, lens: null, query: ' ' })
		).toBe('');
	});

	it('round-trips through readParams', () => {
		const state = { window, lens: 'super-app' as const, query: 'sora 视频' };
		expect(readParams(withParams('', state), domain)).toEqual(state);
	});
});

describe('explorerSearch', () => {
	it.each([
		['?from=2024-12-09&to=2024-12-13&utm=x', '?from=2024-12-09&to=2024-12-13'],
		['?q=sora&lens=super-app&ref=mail', '?lens=super-app&q=sora'],
		['?ref=mail', ''],
		['', '']
	])('%j keeps %j', (search, expected) => {
		expect(explorerSearch(search)).toBe(expected);
	});
});
