import { DAY_COUNT } from '$lib/content/constants';

// The pages that put two days side by side: one per pair, the earlier day first ("/compare/1-12").

/** The compare page of two different days, in either order: "/compare/1-12" for (12, 1) too. */
export function comparePath(a: number, b: number): string {
	return `/compare/${Math.min(a, b)}-${Math.max(a, b)}`;
}

/** The two days of a compare page's "A-B" (as the route's matcher lets through: 1 <= A < B <= 12). */
export function pairOf(param: string): [number, number] {
	const [a, b] = param.split('-').map(Number);
	return [a!, b!];
}

/** Every pair of days, A < B: the 66 compare pages of each edition. */
export function comparePairs(): [number, number][] {
	const pairs: [number, number][] = [];
	for (let a = 1; a <= DAY_COUNT; a++) for (let b = a + 1; b <= DAY_COUNT; b++) pairs.push([a, b]);
	return pairs;
}
