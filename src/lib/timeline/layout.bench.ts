import { bench, describe } from 'vitest';
import { layoutMarkers } from './layout';

/** 10,000 synthetic events over a 1,600 px view, in random order, with labels of varied width. */
function syntheticEvents(count: number, width: number) {
	let seed = 42;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	return Array.from({ length: count }, () => ({
		x: random() * width * 1.2 - width * 0.1,
		labelWidth: 20 + random() * 120
	}));
}

describe('layoutMarkers', () => {
	const events = syntheticEvents(10_000, 1600);
	const twelve = syntheticEvents(12, 1600);
	bench('10,000 events', () => {
		layoutMarkers(events, { width: 1600, markerSize: 28, gap: 4, padding: 6, lanes: 3 });
	});
	bench('12 events (the real case)', () => {
		layoutMarkers(twelve, { width: 1600, markerSize: 28, gap: 4, padding: 6, lanes: 3 });
	});
});
