import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { days } from '../src/lib/content';
import { embedPath } from '../src/lib/embed/paths';
import { EDITIONS } from '../src/lib/i18n/editions';
import { localePath } from '../src/lib/i18n/localize';
import { PAGE_PATHS } from '../src/lib/site/pages';
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

describe('the site’s _headers', () => {
	const text = readFileSync(new URL('../static/_headers', import.meta.url), 'utf8');
	const rules = parseHeaders(text);
	const inEvery = (paths) =>
		EDITIONS.flatMap(({ locale }) => paths.map((p) => localePath(p, locale)));
	const pages = inEvery(PAGE_PATHS);
	const embeds = EDITIONS.flatMap(({ locale }) => [
		embedPath('timeline', locale),
		...days.map((d) => embedPath({ day: d.number }, locale))
	]);

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
		for (const path of [...pages, ...embeds, '/days.json', '/og/day-3.png', '/nope']) {
			expect(headersFor(rules, path)).toMatchObject({
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin'
			});
		}
		expect(headersFor(rules, '/_app/immutable/chunks/a.js')['cache-control']).toMatch(/immutable/);
		expect(headersFor(rules, '/oembed/zh/day-3.json')['access-control-allow-origin']).toBe('*');
	});

	it('never sets one header twice on a path: hosts would join the values', () => {
		const paths = [
			...pages,
			...embeds,
			'/embed/day/13',
			'/zh/nope',
			'/_app/immutable/x.js',
			'/oembed/day-1.json'
		];
		for (const path of paths) {
			const names = rules
				.filter((rule) => rule.pattern.test(path))
				.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
			expect(names.length, `${path}: ${names.join(', ')}`).toBe(new Set(names).size);
		}
	});
});
