import { describe, expect, it } from 'vitest';
import { PAGE_PATHS, robots, sitemap } from './pages';

const origin = 'https://twelve-days.example';

describe('the sitemap', () => {
	const xml = sitemap(origin);
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	it('lists every page once in each language', () => {
		// The overview, 12 days, 4 key questions, the verdict and the figures.
		expect(PAGE_PATHS).toHaveLength(19);
		expect(locs).toHaveLength(38);
		expect(new Set(locs).size).toBe(38);
		expect(locs).toContain(`${origin}/`);
		expect(locs).toContain(`${origin}/zh`);
		expect(locs).toContain(`${origin}/day/12`);
		expect(locs).toContain(`${origin}/zh/day/12`);
		expect(locs).toContain(`${origin}/zh/theme/super-app`);
		expect(locs).toContain(`${origin}/verdict`);
		expect(locs).toContain(`${origin}/zh/verdict`);
		expect(locs).toContain(`${origin}/figures`);
		expect(locs).toContain(`${origin}/zh/figures`);
	});

	it('pairs each page with its other language and an English default', () => {
		const entry = xml.split('<url>').find((e) => e.includes(`<loc>${origin}/zh/day/3</loc>`));
		expect(entry).toContain(`hreflang="en" href="${origin}/day/3"`);
		expect(entry).toContain(`hreflang="zh-CN" href="${origin}/zh/day/3"`);
		expect(entry).toContain(`hreflang="x-default" href="${origin}/day/3"`);
		const figures = xml.split('<url>').find((e) => e.includes(`<loc>${origin}/figures</loc>`));
		expect(figures).toContain(`hreflang="zh-CN" href="${origin}/zh/figures"`);
	});
});

describe('robots.txt', () => {
	it('points to the sitemap', () => {
		expect(robots(origin)).toContain(`Sitemap: ${origin}/sitemap.xml`);
	});
});
