import { describe, expect, it } from 'vitest';
import { windowBounds } from './range-label';
import type { Domain } from './scale';

// Monday 2 to Monday 23 December 2024, the timeline's three weeks.
const domain: Domain = [new Date('2024-12-02T00:00Z'), new Date('2024-12-23T00:00Z')];
const labels = Array.from({ length: 21 }, (_, i) => `day ${i + 2}`);
const window = (from: string, to: string): Domain => [new Date(from), new Date(to)];

describe('a zoom window in words', () => {
	it.each([
		['2024-12-09T00:00Z', '2024-12-13T00:00Z', 'day 9', '00:00', 'day 12', '24:00'],
		['2024-12-10T06:30Z', '2024-12-10T18:15Z', 'day 10', '06:30', 'day 10', '18:15'],
		// To the nearest minute, whatever the pixels gave.
		['2024-12-10T05:59:40Z', '2024-12-11T00:00:20Z', 'day 10', '06:00', 'day 10', '24:00'],
		['2024-12-02T00:00Z', '2024-12-23T00:00Z', 'day 2', '00:00', 'day 22', '24:00'],
		['2024-12-20T21:00Z', '2024-12-21T03:00Z', 'day 20', '21:00', 'day 21', '03:00']
	])('%s to %s', (from, to, fromDay, fromTime, toDay, toTime) => {
		expect(windowBounds(window(from, to), domain, labels)).toEqual([
			{ day: fromDay, time: fromTime },
			{ day: toDay, time: toTime }
		]);
	});
});
