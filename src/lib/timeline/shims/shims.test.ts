import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';
import { describe, expect, it } from 'vitest';
import * as format from './d3-format';
import * as interpolate from './d3-interpolate';
import * as timeFormat from './d3-time-format';

// vite.config.ts hands d3-scale the shims beside this file instead of d3-format, d3-time-format
// and d3-interpolate.
describe('d3-scale with the slim shims (scripts/slim-d3.ts)', () => {
	const domain = [new Date('2024-12-02T00:00:00Z'), new Date('2024-12-23T00:00:00Z')];

	it('still maps, inverts and ticks time', () => {
		const scale = scaleUtc().domain(domain).range([0, 2100]);
		expect(scale(new Date('2024-12-05T18:00:00Z'))).toBe(375);
		expect(scale.invert(1875).toISOString()).toBe('2024-12-20T18:00:00.000Z');
		expect(scale.ticks(utcDay).length).toBe(22);
		expect(scale.copy().domain()).toEqual(domain);
	});

	it('still maps numbers', () => {
		expect(scaleLinear().domain([0, 87.7]).range([0, 100])(43.85)).toBe(50);
	});

	it('interpolates rounded ranges and date ranges', () => {
		expect(scaleLinear().domain([0, 10]).rangeRound([0, 3])(5)).toBe(2);
		const dates = scaleLinear<Date>().domain([0, 1]).range(domain);
		expect(dates(0.5).toISOString()).toBe('2024-12-12T12:00:00.000Z');
	});

	it('refuses colour ranges instead of getting them wrong', () => {
		expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow(
			/numbers and dates only/
		);
	});

	it("fails loudly if anything asks for d3's own formatting", () => {
		expect(() => scaleUtc().domain(domain).tickFormat()(domain[0]!)).toThrow(/date-fns/);
		expect(() => scaleLinear().tickFormat()).toThrow(/figure\.ts/);
	});
});

describe('what d3-scale asks of the packages the shims stand in for', () => {
	// Read from the d3-scale that is installed: an update that imports something more (or calls
	// what a shim only pretends to have, tested above) fails here rather than in a reader's browser.
	const source = readFileSync(createRequire(import.meta.url).resolve('d3-scale'), 'utf8');
	const imported = (pkg: string) =>
		[...source.matchAll(new RegExp(`import \\{([^}]*)\\} from ['"]${pkg}['"]`, 'g'))].flatMap(
			([, names]) => names!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!)
		);

	it.each([
		['d3-format', format],
		['d3-time-format', timeFormat],
		['d3-interpolate', interpolate]
	])('every name d3-scale imports from %s, the shim exports', (pkg, shim) => {
		const names = imported(pkg);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(shim, `${pkg}.${name}`).toHaveProperty(name);
	});
});
