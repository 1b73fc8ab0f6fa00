import { utcDay, utcHour, utcMonday, type TimeInterval } from 'd3-time';
import { DAY, HOUR, type Domain } from './scale';

export type TickLevel = 'week' | 'day' | 'day-short' | 'hour-12' | 'hour-6' | 'hour-3' | 'hour-1';

/**
 * Every label the axis can show, formatted once on the server (so no date library ships to the
 * browser): ticks fall on whole UTC hours, so a label is a day's text or an hour's text.
 */
export interface AxisLabels {
	/** Per day of the domain, from its first day: "9 Dec" (weeks, and midnight at hour levels). */
	date: string[];
	/** Per day: "9". */
	dayNumber: string[];
	/** Per day: "Mon 9 Dec". */
	weekday: string[];
	/** Per hour of the day, 0 to 23: "18:00". */
	hour: string[];
}

/** One tick of the axis: where it is, what it says, and whether its label is shown. */
export interface Tick {
	time: number;
	/** Position in px across the view. */
	x: number;
	label: string;
	/** The label's box in px, kept inside the view; null when the label is left out to avoid overlap. */
	box: readonly [number, number] | null;
}

interface Level {
	level: TickLevel;
	/** Minimum pixels per day for the level, so its labels usually fit between ticks. */
	minPxPerDay: number;
	interval: TimeInterval;
	/** Time between two ticks, to number them from the domain's start. */
	step: number;
}

const LEVELS: Level[] = [
	{ level: 'hour-1', minPxPerDay: 24 * 48, interval: utcHour, step: HOUR },
	{ level: 'hour-3', minPxPerDay: 8 * 48, interval: utcHour.every(3)!, step: 3 * HOUR },
	{ level: 'hour-6', minPxPerDay: 4 * 52, interval: utcHour.every(6)!, step: 6 * HOUR },
	{ level: 'hour-12', minPxPerDay: 2 * 60, interval: utcHour.every(12)!, step: 12 * HOUR },
	{ level: 'day', minPxPerDay: 64, interval: utcDay, step: DAY },
	{ level: 'day-short', minPxPerDay: 26, interval: utcDay, step: DAY },
	{ level: 'week', minPxPerDay: 0, interval: utcMonday, step: 7 * DAY }
];

function levelFor(spanMs: number, widthPx: number): Level {
	const pxPerDay = (widthPx * DAY) / Math.max(1, spanMs);
	return LEVELS.find((l) => pxPerDay >= l.minPxPerDay) ?? LEVELS[LEVELS.length - 1]!;
}

/** The tick level for a view showing `spanMs` of time across `widthPx` pixels. */
export function tickLevel(spanMs: number, widthPx: number): TickLevel {
	return levelFor(spanMs, widthPx).level;
}

const isHourLevel = (level: TickLevel) => level.startsWith('hour');

/** The text of a tick at a level, from the precomputed labels. */
export function tickLabel(labels: AxisLabels, domainStart: number, level: TickLevel, time: number) {
	const day = Math.floor((time - domainStart) / DAY);
	const hour = new Date(time).getUTCHours();
	switch (level) {
		case 'week':
			return labels.date[day] ?? '';
		case 'day-short':
			return labels.dayNumber[day] ?? '';
		case 'day':
			return labels.weekday[day] ?? '';
		default:
			return hour === 0 ? (labels.date[day] ?? '') : (labels.hour[hour] ?? '');
	}
}

export interface TickOptions {
	labels: AxisLabels;
	domain: Domain;
	/** Width of a label's text in px. */
	measure: (text: string) => number;
	/** Least space between two labels. */
	gap?: number;
}

/**
 * The ticks of a view and which of their labels to show. Labels are kept inside the view (a label
 * at an edge hangs inward) and never overlap: when they would, only every second (third, …) label
 * is shown, counted from the domain's start so that the same ticks keep their labels while
 * panning. The first label shown also names its month (where the others are day numbers) or its day
 * (at hour levels), so the date is always on the axis. O(ticks) per stride tried; a view has at most a few dozen ticks.
 */
export function axisTicks(view: Domain, width: number, options: TickOptions): Tick[] {
	const { labels, domain, measure, gap = 10 } = options;
	const [from, to] = [view[0].getTime(), view[1].getTime()];
	const spec = levelFor(to - from, width);
	const start = domain[0].getTime();
	const x = (time: number) => ((time - from) / (to - from)) * width;
	const instants = spec.interval.range(spec.interval.ceil(view[0]), new Date(to + 1));
	const ticks = instants.map((date) => {
		const time = date.getTime();
		return { time, x: x(time), ordinal: Math.round((time - start) / spec.step) };
	});
	const textOf = (time: number, first: boolean) => {
		const text = tickLabel(labels, start, spec.level, time);
		const day = Math.floor((time - start) / DAY);
		const midnight = new Date(time).getUTCHours() === 0;
		if (!first) return text;
		// The first label shown names its month (day numbers alone) or its day (hours).
		if (spec.level === 'day-short') return labels.date[day] ?? text;
		return isHourLevel(spec.level) && !midnight ? `${labels.weekday[day] ?? ''} ${text}` : text;
	};
	const boxOf = (tick: { x: number }, text: string) => {
		const w = measure(text);
		const left = Math.min(Math.max(0, tick.x - w / 2), Math.max(0, width - w));
		return { box: [left, left + w] as const, shifted: Math.abs(left + w / 2 - tick.x) > 0.5 };
	};
	const overlap = (a: readonly [number, number], b: readonly [number, number]) => b[0] < a[1] + gap;
	for (let stride = 1; stride <= Math.max(1, ticks.length); stride++) {
		const shown = ticks.filter((tick) => tick.ordinal % stride === 0);
		const label = (i: number) => {
			const tick = shown[i]!;
			return { tick, text: textOf(tick.time, false), ...boxOf(tick, textOf(tick.time, false)) };
		};
		const row = shown.map((_, i) => label(i));
		// A label pushed inward at an edge gives way to its neighbour rather than thinning them all.
		if (row.length > 1 && row[0]!.shifted && overlap(row[0]!.box, row[1]!.box)) row.shift();
		const n = row.length;
		if (n > 1 && row[n - 1]!.shifted && overlap(row[n - 2]!.box, row[n - 1]!.box)) row.pop();
		if (row[0]) {
			const text = textOf(row[0].tick.time, true);
			row[0] = { ...row[0], text, ...boxOf(row[0].tick, text) };
		}
		if (row.some((item, i) => i > 0 && overlap(row[i - 1]!.box, item.box))) continue;
		const byTime = new Map(row.map((item) => [item.tick.time, item]));
		return ticks.map((tick) => {
			const item = byTime.get(tick.time);
			return {
				time: tick.time,
				x: tick.x,
				label: item?.text ?? textOf(tick.time, false),
				box: item?.box ?? null
			};
		});
	}
	return ticks.map((tick) => ({ time: tick.time, x: tick.x, label: '', box: null }));
}
