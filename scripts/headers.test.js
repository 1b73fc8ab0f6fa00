import { describe, expect, it } from 'vitest';
import {
	embedPaths,
	headersFile,
	IMMUTABLE,
	pagePaths,
	REVALIDATE
} from '../src/lib/site/host-headers';
import { headersFor, parseHeaders } from './headers.js';

describe('the _headers format', () => {
	const rules = parseHeaders(`# a comment
/*
  X-Content-Type-Options: nosniff

/day/*
  X-Frame-Options: DENY
/day/:n/notes
  X-Note: one segment
/exact
  Cache-Control: no-store
/*
  cache-control: max-age=60
`);

	it.each([
		['/', { 'x-content-type-options': 'nosniff', 'cache-control': 'max-age=60' }],
		// `*` spans slashes; `:name` is one segment; a plain path is only itself.
		['/day/3/notes', { 'x-frame-options': 'DENY', 'x-note': 'one segment' }],
		['/day/3/4/notes', { 'x-frame-options': 'DENY' }],
		['/exact/more', {}],
		// Two rules set one header: the values are joined, as Cloudflare Pages joins them.
		['/exact', { 'cache-control': 'no-store, max-age=60' }]
	])('%s gets the headers of every rule that matches it', (path, expected) => {
		expect(headersFor(rules, path)).toMatchObject(expected);
		if (path === '/exact/more')
			expect(headersFor(rules, path)).not.toHaveProperty('x-frame-options');
	});

	it.each([
		['day/*\n  X-A: b', /a path starts with "\/"/],
		['  X-A: b', /a header before any path/],
		['/*\n  X-A b', /expected "Name: value"/],
		['/*\n  ! X-A', /expected "Name: value"/]
	])('rejects %j rather than read it differently from the hosts', (text, message) => {
		expect(() => parseHeaders(text)).toThrow(message);
	});
});

describe.each(['', '/twelve-days'])('the site’s _headers, served under "%s"', (base) => {
	// The file the build writes (routes/_headers), read the way npm start's server reads it.
	const rules = parseHeaders(headersFile(base));
	const at = (path) => base + path;
	const pages = pagePaths().map(at);
	const embeds = embedPaths().map(at);

	it('covers every page: the overview at the prefix’s root, both editions', () => {
		expect(pages).toHaveLength(170);
		expect(pages).toContain(at('/'));
		expect(pages).toContain(at('/zh/day/12'));
		expect(pages).toContain(at('/zh/compare/1-12'));
		expect(embeds).toHaveLength(26);
	});

	it('stays within the 100 rules Cloudflare Pages reads: the compare pages share a rule', () => {
		expect(rules.length).toBeLessThanOrEqual(100);
	});

	it('lets the embeds, and only they, be framed by any site', () => {
		for (const path of embeds) {
			const headers = headersFor(rules, path);
			expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
			expect(headers, path).not.toHaveProperty('x-frame-options');
		}
		for (const path of pages) {
			const headers = headersFor(rules, path);
			expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBe('DENY');
		}
	});

	it('gives every response the usual protections', () => {
		for (const path of [...pages, ...embeds, '/days.json', '/og/day-3.png', '/nope'].map((p) =>
			p.startsWith(base) ? p : at(p)
		)) {
			expect(headersFor(rules, path)).toMatchObject({
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin',
				'permissions-policy': expect.stringContaining('camera=()')
			});
		}
		expect(headersFor(rules, at('/oembed/zh/day-3.json'))['access-control-allow-origin']).toBe('*');
	});

	it('caches hashed files for a year, and has pages and data checked on every visit', () => {
		expect(headersFor(rules, at('/_app/immutable/chunks/a.js'))['cache-control']).toBe(IMMUTABLE);
		for (const path of [
			...pages,
			...embeds,
			at('/days.json'),
			at('/zh/figures.csv'),
			at('/oembed/day-1.json')
		])
			expect(headersFor(rules, path)['cache-control'], path).toBe(REVALIDATE);
		expect(headersFor(rules, at('/service-worker.js'))['cache-control']).toBe('no-cache');
		expect(headersFor(rules, at('/og/zh/day-3.png'))['cache-control']).toMatch(/max-age=86400/);
	});

	it('never sets one header twice on a path: hosts would join the values', () => {
		const paths = [
			...pages,
			...embeds,
			at('/embed/day/13'),
			at('/zh/nope'),
			at('/_app/immutable/x.js'),
			at('/oembed/day-1.json'),
			at('/og/day-1.png')
		];
		for (const path of paths) {
			const names = rules
				.filter((rule) => rule.pattern.test(path))
				.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
			expect(names.length, `${path}: ${names.join(', ')}`).toBe(new Set(names).size);
		}
	});

	it.skipIf(!base)('says nothing about paths outside the prefix', () => {
		expect(headersFor(rules, '/day/3')).toEqual({});
	});
});
