import { describe, expect, it } from 'vitest';
import { PAGE_PATHS, robots, sitemap } from './pages';

const origin = 'https://twelve-days.example';

describe('the sitemap', () => {
	const xml = sitemap(origin);
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	it('lists every page once in each language', () => {
		expect(PAGE_PATHS).toHaveLength(18);
		expect(locs).toHaveLength(36);
		expect(new Set(locs).size).toBe(36);
		expect(locs).toContain(`${origin}/`);
		expect(locs).toContain(`${origin}/zh`);
		expect(locs).toContain(`${origin}/day/12`);
		expect(locs).toContain(`${origin}/zh/day/12`);
		expect(locs).toContain(`${origin}/zh/theme/super-app`);
		expect(locs).toContain(`${origin}/verdict`);
		expect(locs).toContain(`${origin}/zh/verdict`);
	});

	it('pairs each page with its other language and an English default', () => {
		const entry = xml.split('<url>').find((e) => e.includes(`<loc>${origin}/zh/day/3</loc>`));
		expect(entry).toContain(`hreflang="en" href="${origin}/day/3"`);
		expect(entry).toContain(`hreflang="zh-CN" href="${origin}/zh/day/3"`);
		expect(entry).toContain(`hreflang="x-default" href="${origin}/day/3"`);
	});
});

describe('robots.txt', () => {
	it('points to the sitemap', () => {
		expect(robots(origin)).toContain(`Sitemap: ${origin}/sitemap.xml`);
	});
});
