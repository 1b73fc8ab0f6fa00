import { describe, expect, it } from 'vitest';
import { asksForDay, meantPage, reasonFor } from './not-found.js';
import { EVERY_PAGE as pages } from '$lib/paths/page-paths';

describe('the page a near miss of an address means', () => {
	it.each([
		['/day/12/', '/day/12'],
		['/day/12//', '/day/12'],
		['/DAY/3', '/day/3'],
		['/Day/3/', '/day/3'],
		['/zh/', '/zh'],
		['/ZH/DAY/3', '/zh/day/3'],
		['/Theme/Super-App/', '/theme/super-app'],
		['/zh/theme/SUPER-APP', '/zh/theme/super-app'],
		['/compare/12-1', '/compare/1-12'],
		['/zh/compare/7-3/', '/zh/compare/3-7'],
		['/COMPARE/1-12', '/compare/1-12'],
		['/Compare/12-11', '/compare/11-12']
	])('%s is %s', (asked, meant) => {
		expect(meantPage(asked, pages)).toBe(meant);
	});

	it.each([
		'/day/3',
		'/',
		'/zh',
		'/day/13/',
		'/day/01',
		'/DAY/0',
		'/day/3/extra',
		'/nope/',
		'/404',
		'/compare/1-12',
		'/compare/3-3',
		'/compare/0-5',
		'/compare/5-0',
		'/compare/1-13',
		'/compare/13-1',
		'/compare/12-01'
	])('%s is no near miss', (asked) => {
		expect(meantPage(asked, pages)).toBeNull();
	});
});

describe('near misses under a prefix (BASE_PATH=/twelve-days)', () => {
	const base = '/twelve-days';
	it.each([
		['/twelve-days/day/12/', '/twelve-days/day/12'],
		['/twelve-days/DAY/3', '/twelve-days/day/3'],
		['/Twelve-Days/day/3', '/twelve-days/day/3'],
		['/twelve-days', '/twelve-days/'],
		['/twelve-days/zh/', '/twelve-days/zh'],
		['/twelve-days/compare/12-1', '/twelve-days/compare/1-12']
	])('%s is %s', (asked, meant) => {
		expect(meantPage(asked, pages, base)).toBe(meant);
	});

	it.each(['/twelve-days/', '/twelve-days/day/3', '/day/3', '/day/3/', '/twelve-daysx/day/3'])(
		'%s is no near miss',
		(asked) => {
			expect(meantPage(asked, pages, base)).toBeNull();
		}
	);

	it('asks for a day only inside the prefix', () => {
		expect(asksForDay('/twelve-days/day/13', base)).toBe(true);
		expect(asksForDay('/day/13', base)).toBe(false);
	});
});

describe('an address that asks for a day', () => {
	it.each([
		['/day/13', true],
		['/zh/day/0', true],
		['/DAY/abc/', true],
		['/day/', false],
		['/day/3/extra', false],
		['/nope', false],
		['/theme/13', false]
	])('%s: %s', (asked, day) => {
		expect(asksForDay(asked)).toBe(day);
	});
});

describe('why the not-found page answers an address', () => {
	it.each([
		['/day/12/', 'moved'],
		['/ZH/DAY/3', 'moved'],
		['/day/13', 'day'],
		['/zh/day/abc', 'day'],
		['/nope', 'unknown'],
		['/day/3/extra', 'unknown'],
		// A page the site has: only the offline worker answers it with this page.
		['/day/3', 'offline'],
		['/zh/theme/super-app', 'offline'],
		['/', 'offline']
	])('%s: %s', (asked, reason) => {
		expect(reasonFor(asked, pages)).toBe(reason);
	});

	it('reads pages under the prefix', () => {
		const base = '/twelve-days';
		expect(reasonFor('/twelve-days/day/3', pages, base)).toBe('offline');
		expect(reasonFor('/twelve-days/day/13', pages, base)).toBe('day');
		expect(reasonFor('/day/3', pages, base)).toBe('unknown');
	});
});
