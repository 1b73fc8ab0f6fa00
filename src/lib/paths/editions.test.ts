import { describe, expect, it } from 'vitest';
import { localePath, neutralPath, otherLocale } from '$lib/paths/editions';
import { previewImage } from '$lib/paths/resources';

describe('edition paths', () => {
	it.each([
		['/', 'en', '/'],
		['/', 'zh', '/zh'],
		['/day/3', 'en', '/day/3'],
		['/day/3', 'zh', '/zh/day/3'],
		['/theme/super-app', 'zh', '/zh/theme/super-app']
	] as const)('%s in %s is %s', (path, locale, expected) => {
		expect(localePath(path, locale)).toBe(expected);
	});

	it.each([
		['/zh', '/'],
		['/zh/day/12', '/day/12'],
		['/day/12', '/day/12'],
		['/', '/'],
		['/zhx/day/1', '/zhx/day/1']
	])('%s is the page %s in either language', (pathname, expected) => {
		expect(neutralPath(pathname)).toBe(expected);
	});

	it('round-trips every page through both editions', () => {
		for (const path of ['/', '/day/1', '/theme/sora-and-video'])
			for (const locale of ['en', 'zh'] as const)
				expect(neutralPath(localePath(path, locale))).toBe(path);
	});

	it('switches to the other language', () => {
		expect(otherLocale('en')).toBe('zh');
		expect(otherLocale('zh')).toBe('en');
	});
});

describe('preview cards', () => {
	it('are drawn once per language', () => {
		expect(previewImage('overview', 'en')).toBe('/og/overview.png');
		expect(previewImage('day-12', 'zh')).toBe('/og/zh/day-12.png');
	});
});
