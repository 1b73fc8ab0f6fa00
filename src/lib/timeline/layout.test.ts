import { describe, expect, it } from 'vitest';
import {
	estimateTextWidth,
	layoutInLanes,
	layoutMarkers,
	placeMarkers,
	type MarkerInput,
	type Placement
} from './layout';

const options = { width: 400, markerSize: 28, gap: 4, padding: 4, lanes: 3 };

/** The boxes of visible labelled placements must not overlap within a lane. */
function overlaps(placements: Placement[]): string[] {
	const found: string[] = [];
	const byLane = new Map<number, Placement[]>();
	for (const p of placements.filter((p) => p.visible))
		byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
	for (const [lane, list] of byLane) {
		list.sort((a, b) => a.box[0] - b.box[0]);
		for (let i = 1; i < list.length; i++) {
			if (list[i]!.box[0] < list[i - 1]!.box[1])
				found.push(`lane ${lane}: ${list[i - 1]!.index} and ${list[i]!.index}`);
		}
	}
	return found;
}

describe('layoutMarkers', () => {
	it.each([
		{
			name: 'far-apart markers all get right-hand labels in lane 0',
			items: [
				{ x: 20, labelWidth: 50 },
				{ x: 150, labelWidth: 50 },
				{ x: 300, labelWidth: 50 }
			],
			expected: [
				[0, 'right'],
				[0, 'right'],
				[0, 'right']
			]
		},
		{
			name: 'a crowded marker moves up a lane',
			items: [
				{ x: 20, labelWidth: 60 },
				{ x: 50, labelWidth: 60 }
			],
			expected: [
				[0, 'right'],
				[1, 'right']
			]
		},
		{
			name: 'a label that would leave the right edge goes left',
			items: [{ x: 390, labelWidth: 60 }],
			expected: [[0, 'left']]
		},
		{
			name: 'where labels would crowd out a badge, badges go first and labels fill what room is left',
			items: [
				{ x: 20, labelWidth: 300 },
				{ x: 25, labelWidth: 300 },
				{ x: 30, labelWidth: 300 },
				{ x: 70, labelWidth: 300 }
			],
			expected: [
				[0, 'none'],
				[1, 'right'],
				[2, 'right'],
				[0, 'right']
			]
		}
	] as const)('$name', ({ items, expected }) => {
		const placements = layoutMarkers(items as readonly MarkerInput[], { ...options, width: 400 });
		expect(placements.map((p) => [p.lane, p.label])).toEqual(expected);
	});

	it('marks markers outside the view as not visible', () => {
		const [left, right] = layoutMarkers(
			[
				{ x: -100, labelWidth: 10 },
				{ x: 900, labelWidth: 10 }
			],
			options
		);
		expect([left!.visible, right!.visible]).toEqual([false, false]);
	});

	it('never overlaps twelve days at any width from 320 to 2560 px', () => {
		for (let width = 320; width <= 2560; width += 40) {
			const step = width / 21;
			const items = Array.from({ length: 12 }, (_, i) => ({
				x: step * (3.75 + i + 2 * Math.floor((i + 3) / 5)),
				labelWidth: 40 + ((i * 37) % 80)
			}));
			const placements = layoutMarkers(items, { ...options, width });
			const labelled = placements.filter((p) => p.label !== 'none');
			expect(overlaps(placements), `width ${width}`).toEqual([]);
			if (width >= 1280) expect(labelled.length, `labels at ${width}`).toBe(12);
		}
	});

	it('keeps input order in its output whatever order the input is in', () => {
		const placements = layoutMarkers(
			[
				{ x: 300, labelWidth: 10 },
				{ x: 10, labelWidth: 10 }
			],
			options
		);
		expect(placements.map((p) => p.index)).toEqual([0, 1]);
	});
});

describe('estimateTextWidth', () => {
	it('gives CJK characters a full em and Latin about half', () => {
		expect(estimateTextWidth('强化微调', 10)).toBe(40);
		expect(estimateTextWidth('Sora', 10)).toBeGreaterThan(20);
		expect(estimateTextWidth('Sora', 10)).toBeLessThan(30);
	});
});

describe('layoutInLanes', () => {
	it('keeps the lanes it is given and labels only where there is room', () => {
		const items = [
			{ x: 20, labelWidth: 40 },
			{ x: 60, labelWidth: 40 },
			{ x: 300, labelWidth: 40 }
		];
		const placements = layoutInLanes(items, [0, 1, 0], options);
		expect(placements.map((p) => [p.lane, p.label])).toEqual([
			[0, 'right'],
			[1, 'right'],
			[0, 'right']
		]);
		expect(overlaps(placements)).toEqual([]);
	});

	it('lanes laid out at 320 px stay overlap-free at every wider width', () => {
		const at = (width: number) =>
			Array.from({ length: 12 }, (_, i) => ({
				x: (width / 21) * (3.75 + i + 2 * Math.floor((i + 3) / 5)),
				labelWidth: 40 + ((i * 37) % 80)
			}));
		const lanes = layoutMarkers(at(320), { ...options, width: 320 }).map((p) => p.lane);
		for (let width = 320; width <= 2560; width += 80) {
			const placements = layoutInLanes(at(width), lanes, { ...options, width });
			expect(placements.map((p) => p.lane)).toEqual(lanes);
			expect(overlaps(placements), `width ${width}`).toEqual([]);
		}
	});
});

describe('layoutInLanes with preferred sides', () => {
	it('keeps a label on the side it had where that side still fits', () => {
		const items = [{ x: 200, labelWidth: 40 }];
		expect(layoutInLanes(items, [0], options, ['left'])[0]!.label).toBe('left');
		expect(layoutInLanes(items, [0], options, ['right'])[0]!.label).toBe('right');
		expect(layoutInLanes(items, [0], options)[0]!.label).toBe('right');
		// No room on the left: the preference yields.
		expect(layoutInLanes([{ x: 20, labelWidth: 40 }], [0], options, ['left'])[0]!.label).toBe(
			'right'
		);
	});
});

describe('layoutInLanes with days picked out', () => {
	// Three badges in one lane: the gap between the first two holds one label, either's.
	const items = [
		{ x: 40, labelWidth: 60 },
		{ x: 150, labelWidth: 60 },
		{ x: 230, labelWidth: 60 }
	];
	const labels = (placements: { label: string }[]) => placements.map((p) => p.label);

	it('labels from left to right where nothing is picked out', () => {
		expect(labels(layoutInLanes(items, [0, 0, 0], options))).toEqual(['right', 'none', 'right']);
	});

	it('labels a picked-out day first, and the others where room is left', () => {
		const placements = layoutInLanes(items, [0, 0, 0], options, [], (i) => i === 1);
		expect(labels(placements)).toEqual(['none', 'left', 'right']);
		expect(overlaps(placements)).toEqual([]);
	});
});

describe('placeMarkers', () => {
	const geometry = { markerSize: 28, gap: 4, padding: 4, lanes: 3 };
	// Three days close together at the narrowest width: laid out in three lanes.
	const narrow = [
		{ x: 100, labelWidth: 60 },
		{ x: 110, labelWidth: 60 },
		{ x: 120, labelWidth: 60 }
	];
	const resting = layoutMarkers(narrow, { ...geometry, width: 320 });
	const wide = narrow.map((item) => ({ ...item, x: item.x * 10 }));
	it.each([
		{
			name: 'unzoomed at a wider width keeps the resting lanes',
			zoomed: false,
			expected: resting.map((p) => p.lane)
		},
		{
			name: 'zoomed, markers far apart share the first lane',
			zoomed: true,
			expected: [0, 0, 0]
		}
	])('$name', ({ zoomed, expected }) => {
		const placements = placeMarkers(wide, 1280, zoomed, resting, geometry);
		expect(placements.map((p) => p.lane)).toEqual(expected);
		expect(overlaps(placements)).toEqual([]);
	});

	it('the resting layout uses more than one lane for close days', () => {
		expect(new Set(resting.map((p) => p.lane)).size).toBeGreaterThan(1);
	});
});
