import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonday } from 'd3-time';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The narrowest window a reader can zoom to. */
export const MIN_SPAN = 3 * HOUR;

export type Domain = readonly [Date, Date];

/** The whole weeks (Monday 00:00 UTC to Monday 00:00 UTC) that hold every instant given. */
export function weeksDomain(instants: readonly string[]): Domain {
	if (instants.length === 0) throw new Error('weeksDomain needs at least one instant');
	const times = instants.map((i) => Date.parse(i));
	const first = new Date(Math.min(...times));
	const last = new Date(Math.max(...times));
	return [utcMonday.floor(first), utcMonday.offset(utcMonday.floor(last), 1)];
}

/** The base scale: the whole domain across the width. Never mutated; zoom derives views from it. */
export function baseScale(domain: Domain, width: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain([domain[0], domain[1]])
		.range([0, Math.max(1, width)]);
}

/** The largest zoom factor: the whole domain over MIN_SPAN. */
export function maxZoom(domain: Domain): number {
	return (domain[1].getTime() - domain[0].getTime()) / MIN_SPAN;
}

/** Saturday-Sunday intervals (UTC) inside the domain, clipped to it. */
export function weekends(domain: Domain): [Date, Date][] {
	const out: [Date, Date][] = [];
	const [start, end] = [domain[0].getTime(), domain[1].getTime()];
	// Walk Mondays; the weekend before each Monday is its previous 48 hours.
	for (let monday = utcMonday.ceil(new Date(start + 1)); ; monday = utcMonday.offset(monday, 1)) {
		const from = Math.max(start, monday.getTime() - 2 * DAY);
		const to = Math.min(end, monday.getTime());
		if (from >= end) break;
		if (to > from) out.push([new Date(from), new Date(to)]);
	}
	return out;
}
