/** A card's vertical extent in viewport px. */
export interface CardBox {
	step: number;
	top: number;
	bottom: number;
}

export interface ReadingArea {
	/** Where the reading area starts: the bottom of whatever sticks to the top of the viewport. */
	top: number;
	/** The viewport's height. */
	height: number;
	/** How far the page can still scroll down. */
	remaining: number;
}

/** A card scrolled up under the timeline by less than this still counts as being read. */
const LEAD = 48;

/**
 * The card being read: the first whose bottom is below a reading line near the top of what is
 * left below the pinned timeline. A card that shows only a sliver above the line is done; a tall
 * card is read until its end passes the line. In the last screenful of the page, which cannot
 * scroll a card up to the line, the line slides down to the viewport's bottom, so each of the
 * last cards becomes current in turn and the last one once the page ends. Cards are in page order.
 */
export function readingStep(cards: readonly CardBox[], area: ReadingArea): number | undefined {
	if (cards.length === 0) return undefined;
	const readingHeight = Math.max(1, area.height - area.top);
	const lead = Math.min(LEAD, readingHeight / 4);
	const nearEnd = Math.max(0, 1 - area.remaining / readingHeight);
	const line = area.top + lead + nearEnd * (readingHeight - lead);
	const current = cards.find((card) => card.bottom > line);
	if (current) return current.step;
	// Every card is above the line: the last one that has come into view.
	return [...cards].reverse().find((card) => card.top < area.height)?.step;
}
