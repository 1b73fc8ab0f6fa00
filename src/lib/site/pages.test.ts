import { describe, expect, it } from 'vitest';
import { PAGE_PATHS, robots, sitemap } from './pages';

const origin = 'https://twelve-days.example';

describe('the sitemap', () => {
	const xml = sitemap(origin);
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	it('lists every page once in each language', () => {
		// The overview, 12 days, 4 key questions, the verdict, the figures and 66 pairs of days.
		expect(PAGE_PATHS).toHaveLength(85);
		expect(locs).toHaveLength(170);
		expect(new Set(locs).size).toBe(170);
		expect(locs).toContain(`${origin}/`);
		expect(locs).toContain(`${origin}/zh`);
		expect(locs).toContain(`${origin}/day/12`);
		expect(locs).toContain(`${origin}/zh/day/12`);
		expect(locs).toContain(`${origin}/zh/theme/super-app`);
		expect(locs).toContain(`${origin}/verdict`);
		expect(locs).toContain(`${origin}/zh/verdict`);
		expect(locs).toContain(`${origin}/figures`);
		expect(locs).toContain(`${origin}/zh/figures`);
		expect(locs).toContain(`${origin}/compare/1-12`);
		expect(locs).toContain(`${origin}/zh/compare/11-12`);
		expect(locs).not.toContain(`${origin}/compare/12-1`);
	});

	it('pairs each page with its other language and an English default', () => {
		const entry = xml.split('<url>').find((e) => e.includes(`<loc>${origin}/zh/day/3</loc>`));
		expect(entry).toContain(`hreflang="en" href="${origin}/day/3"`);
		expect(entry).toContain(`hreflang="zh-CN" href="${origin}/zh/day/3"`);
		expect(entry).toContain(`hreflang="x-default" href="${origin}/day/3"`);
		const pair = xml.split('<url>').find((e) => e.includes(`<loc>${origin}/compare/1-12</loc>`));
		expect(pair).toContain(`hreflang="zh-CN" href="${origin}/zh/compare/1-12"`);
	});
});

describe('robots.txt', () => {
	it('points to the sitemap', () => {
		expect(robots(origin)).toContain(`Sitemap: ${origin}/sitemap.xml`);
	});
});
