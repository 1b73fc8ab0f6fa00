import { content } from '../index';
import type { Day, Figure, Person, Verdict } from '../types';
import { type ContentSet, validateContent } from './index';

// Broken copies of the real content, for the validator's tests.

export type Copy = ContentSet & { days: Day[]; people: Record<string, Person> };

/** A deep copy of the real content, changed by `mutate`. */
export function edited(mutate: (copy: Copy) => void): ContentSet {
	const copy = structuredClone(content) as Copy;
	mutate(copy);
	return copy;
}

/** A deep copy of the real content, with one day changed by `mutate`. */
export function withDay(number: number, mutate: (day: Day) => void): ContentSet {
	return edited((copy) => {
		const day = copy.days[number - 1];
		if (!day) throw new Error(`no day ${number}`);
		mutate(day);
	});
}

/** A deep copy of the real content, with the verdict changed by `mutate`. */
export function withVerdict(mutate: (verdict: Verdict) => void): ContentSet {
	return edited((copy) => mutate(copy.verdict));
}

/** The figure of a day with this id (the tests name figures by id, not by position). */
export function figure(day: Day, id: string): Figure {
	const found = day.figures.find((f) => f.id === id);
	if (!found) throw new Error(`no figure ${id} on day ${day.number}`);
	return found;
}

/** Where a day's figure sits in its list, for the field names in messages. */
export const figureAt = (number: number, id: string) =>
	content.days[number - 1]!.figures.findIndex((f) => f.id === id);

export function errorsFor(set: ContentSet): string {
	return validateContent(set).join('\n');
}
