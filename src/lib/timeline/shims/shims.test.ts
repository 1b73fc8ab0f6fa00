import { scaleLinear, scaleUtc } from 'd3-scale';
import { selection } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { utcDay } from 'd3-time';
import { describe, expect, it } from 'vitest';

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

describe('d3-zoom with the d3-transition shim (scripts/slim-d3.ts)', () => {
	it('gets a no-op interrupt, not the real d3-transition', () => {
		const proto = selection.prototype as unknown as Record<string, unknown>;
		expect(typeof zoom().scaleBy).toBe('function');
		expect(typeof proto.interrupt).toBe('function');
		// The real d3-transition would have added selection.transition().
		expect(proto.transition).toBeUndefined();
	});
});
