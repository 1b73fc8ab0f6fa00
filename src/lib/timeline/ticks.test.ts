import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from './scale';
import { tickInstants, tickLevel, tickSpec } from './ticks';

const THREE_WEEKS = 21 * DAY;

describe('tick levels adapt from weeks to days to hours', () => {
	it.each([
		[THREE_WEEKS, 320, 'week'],
		[THREE_WEEKS, 800, 'day-short'],
		[THREE_WEEKS, 1400, 'day'],
		[7 * DAY, 800, 'day'],
		[3 * DAY, 400, 'hour-12'],
		[2 * DAY, 600, 'hour-6'],
		[DAY, 900, 'hour-3'],
		[6 * HOUR, 900, 'hour-1'],
		[3 * HOUR, 320, 'hour-1']
	] as const)('%d ms over %d px is %s', (span, width, level) => {
		expect(tickLevel(span, width)).toBe(level);
	});
});

describe('tick labels', () => {
	const from = new Date('2024-12-09T00:00:00Z');
	it.each([
		[THREE_WEEKS, 320, 'en', ['9 Dec', '16 Dec']],
		[THREE_WEEKS, 1400, 'en', ['Mon 9 Dec', 'Tue 10 Dec']],
		[THREE_WEEKS, 1400, 'zh', ['12月9日 周一', '12月10日 周二']],
		[2 * DAY, 600, 'en', ['9 Dec', '06:00', '12:00']],
		[6 * HOUR, 900, 'en', ['9 Dec', '01:00', '02:00']]
	] as const)('span %d over %d px in %s', (span, width, locale, expected) => {
		const spec = tickSpec(span, width, locale);
		const instants = tickInstants(spec, from, new Date(from.getTime() + 8 * DAY));
		expect(instants.slice(0, expected.length).map(spec.format)).toEqual(expected);
	});

	it('labels are in UTC whatever the machine time zone', () => {
		// The same instants format the same under TZ=UTC and TZ=Asia/Shanghai (see npm run test:unit).
		const spec = tickSpec(2 * DAY, 900, 'en');
		expect(spec.format(new Date('2024-12-20T18:00:00Z'))).toBe('18:00');
		expect(spec.format(new Date('2024-12-21T00:00:00Z'))).toBe('21 Dec');
	});
});
