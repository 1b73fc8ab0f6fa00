import { describe, expect, it } from 'vitest';
import { readingStep, type CardBox } from './reading';

/** Cards of the given heights stacked from `top` with a 14 px gap. */
function stack(top: number, heights: number[]): CardBox[] {
	let y = top;
	return heights.map((h, i) => {
		const card = { step: i + 1, top: y, bottom: y + h };
		y += h + 14;
		return card;
	});
}

// A 1280x800 desktop: the timeline pins the top 236 px.
const desktop = { top: 236, height: 800, remaining: 2000 };

describe('readingStep', () => {
	it.each([
		{
			name: 'the card right under the timeline is the one being read',
			cards: stack(236 - 214, [200, 200, 200]),
			area: desktop,
			expected: 2
		},
		{
			name: 'a card fully visible at the top wins over the larger one below it',
			cards: stack(236 - 2 * 214 + 4, [200, 200, 150, 400]),
			area: desktop,
			expected: 3
		},
		{
			name: 'a sliver of the previous card above the line does not count',
			cards: stack(236 - 190, [200, 200]),
			area: desktop,
			expected: 2
		},
		{
			name: 'a tall card is read until its end passes the line',
			cards: stack(-900, [1200, 200]),
			area: desktop,
			expected: 1
		},
		{
			name: 'a short phone screen reads the card at the top of the reading area',
			cards: stack(120 - 114, [100, 100, 100]),
			area: { top: 120, height: 640, remaining: 1500 },
			expected: 2
		},
		{
			name: 'at the end of the page the last card is current',
			cards: stack(300, [150, 150, 150]),
			area: { ...desktop, remaining: 0 },
			expected: 3
		},
		{
			name: 'half a screen from the end, the line has moved halfway down',
			cards: stack(236 - 10, [150, 150, 150, 150]),
			area: { ...desktop, remaining: 282 },
			expected: 3
		},
		{
			name: 'with every card scrolled away, the last card is the last one read',
			cards: stack(-1000, [150, 150]),
			area: desktop,
			expected: 2
		}
	])('$name', ({ cards, area, expected }) => {
		expect(readingStep(cards, area)).toBe(expected);
	});

	it('has nothing to read without cards', () => {
		expect(readingStep([], desktop)).toBeUndefined();
	});
});
