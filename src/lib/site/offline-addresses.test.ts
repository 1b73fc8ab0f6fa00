import { describe, expect, it } from 'vitest';
import { offlineAddresses } from './offline-addresses';

/** A build's lists as $service-worker gives them, and the site's pages, under a prefix or not. */
const lists = (base: string) => ({
	base,
	build: ['/_app/immutable/entry/start.js', '/_app/immutable/assets/app.css'].map((p) => base + p),
	files: ['/favicon.svg', '/embed.js', '/robots.txt', '/_headers'].map((p) => base + p),
	pages: [
		'/',
		'/zh',
		'/day/3',
		'/zh/day/3',
		'/theme/super-app',
		'/compare/1-12',
		'/zh/compare/1-12',
		'/404',
		'/zh/404'
	],
	editions: ['/', '/zh', '/day/3', '/zh/day/3', '/theme/super-app', '/404', '/zh/404']
});

describe('what the offline worker reads from a build', () => {
	it('knows every page by its address, and each edition’s', () => {
		const site = offlineAddresses(lists(''));
		expect(site.pages).toEqual([
			'/',
			'/zh',
			'/day/3',
			'/zh/day/3',
			'/theme/super-app',
			'/compare/1-12',
			'/zh/compare/1-12',
			'/404',
			'/zh/404'
		]);
		expect(site.editionOf('zh')).toEqual(['/zh', '/zh/day/3', '/zh/404']);
		expect(site.editionOf('en')).toEqual(['/', '/day/3', '/theme/super-app', '/404']);
	});

	it('keeps an edition without the pages it does not list (kept as they are opened)', () => {
		const site = offlineAddresses(lists('/twelve-days'));
		expect(site.pages).toContain('/twelve-days/zh/compare/1-12');
		expect(site.editionOf('zh')).not.toContain('/twelve-days/zh/compare/1-12');
		expect(site.editionOf('en')).not.toContain('/twelve-days/compare/1-12');
	});

	it('shares the scripts, styles and icon, not the embed script or the hosts’ files', () => {
		const site = offlineAddresses(lists(''));
		expect(site.shared).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/assets/app.css',
			'/favicon.svg'
		]);
		expect(site.immutable.has('/embed.js')).toBe(true);
		expect(site.notForReading('/embed.js')).toBe(true);
	});

	it('reads data addresses and the open data', () => {
		const site = offlineAddresses(lists(''));
		expect(site.isData('/day/3/__data.json')).toBe(true);
		expect(site.pageOfData('/day/3/__data.json')).toBe('/day/3');
		expect(site.pageOfData('/__data.json')).toBe('/');
		expect(site.openData).toBe('/days.json');
	});

	it('reads the same rules under a prefix', () => {
		const base = '/twelve-days';
		const site = offlineAddresses(lists(base));
		expect(site.pages).toEqual(
			[
				'/',
				'/zh',
				'/day/3',
				'/zh/day/3',
				'/theme/super-app',
				'/compare/1-12',
				'/zh/compare/1-12',
				'/404',
				'/zh/404'
			].map((p) => (p === '/' ? `${base}/` : base + p))
		);
		expect(site.editionOf('zh')).toEqual([`${base}/zh`, `${base}/zh/day/3`, `${base}/zh/404`]);
		expect(site.localeAt(`${base}/zh/day/3`)).toBe('zh');
		expect(site.notForReading(`${base}/og/day-3.png`)).toBe(true);
		expect(site.pageOfData(`${base}/__data.json`)).toBe(`${base}/`);
		expect(site.openData).toBe(`${base}/days.json`);
		expect(site.shared).toContain(`${base}/favicon.svg`);
		expect(site.shared).not.toContain(`${base}/robots.txt`);
		expect(site.readingFiles).toBe(`${base}/_app/reading-files.json`);
		expect(site.editionShared(['_app/immutable/entry/start.js'])).toEqual([
			`${base}/_app/immutable/entry/start.js`,
			`${base}/favicon.svg`
		]);
	});

	it('keeps with an edition the files the build lists for the reading pages, and the icon', () => {
		const site = offlineAddresses(lists(''));
		// The list names files under the build's root; a file it does not name is not kept.
		expect(site.editionShared(['_app/immutable/assets/app.css'])).toEqual([
			'/_app/immutable/assets/app.css',
			'/favicon.svg'
		]);
		expect(site.editionShared([])).toEqual(['/favicon.svg']);
		// Without the list (it could not be fetched), every script and style.
		expect(site.editionShared(undefined)).toEqual(site.shared);
		expect(site.shared).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/assets/app.css',
			'/favicon.svg'
		]);
	});
});
