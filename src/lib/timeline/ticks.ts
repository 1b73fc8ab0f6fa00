import { utcDay, utcHour, utcMonday, type TimeInterval } from 'd3-time';
import type { Locale } from '$lib/content/types';
import { formatUtc } from '$lib/i18n/format';
import { DAY } from './scale';

export type TickLevel = 'week' | 'day' | 'day-short' | 'hour-12' | 'hour-6' | 'hour-3' | 'hour-1';

export interface TickSpec {
	level: TickLevel;
	interval: TimeInterval;
	format: (date: Date) => string;
}

/** Minimum pixels per day for each level, chosen so the widest label of that level fits between ticks. */
const LEVELS: { level: TickLevel; minPxPerDay: number }[] = [
	{ level: 'hour-1', minPxPerDay: 24 * 48 },
	{ level: 'hour-3', minPxPerDay: 8 * 48 },
	{ level: 'hour-6', minPxPerDay: 4 * 52 },
	{ level: 'hour-12', minPxPerDay: 2 * 60 },
	{ level: 'day', minPxPerDay: 64 },
	{ level: 'day-short', minPxPerDay: 26 },
	{ level: 'week', minPxPerDay: 0 }
];

const isMidnight = (date: Date) => date.getUTCHours() === 0 && date.getUTCMinutes() === 0;

/** The tick level for a view showing `spanMs` of time across `widthPx` pixels. */
export function tickLevel(spanMs: number, widthPx: number): TickLevel {
	const pxPerDay = (widthPx * DAY) / Math.max(1, spanMs);
	return LEVELS.find((l) => pxPerDay >= l.minPxPerDay)?.level ?? 'week';
}

/** Interval and label format for the ticks of a view, in UTC. */
export function tickSpec(spanMs: number, widthPx: number, locale: Locale): TickSpec {
	const level = tickLevel(spanMs, widthPx);
	const zh = locale === 'zh';
	const dayLabel = (date: Date) => formatUtc(date, zh ? 'M月d日 EEE' : 'EEE d MMM', locale);
	const hourLabel = (date: Date) =>
		isMidnight(date)
			? formatUtc(date, zh ? 'M月d日' : 'd MMM', locale)
			: formatUtc(date, 'HH:mm', locale);
	switch (level) {
		case 'week':
			return {
				level,
				interval: utcMonday,
				format: (d) => formatUtc(d, zh ? 'M月d日' : 'd MMM', locale)
			};
		case 'day-short':
			return { level, interval: utcDay, format: (d) => formatUtc(d, 'd', locale) };
		case 'day':
			return { level, interval: utcDay, format: dayLabel };
		case 'hour-12':
			return { level, interval: utcHour.every(12) ?? utcHour, format: hourLabel };
		case 'hour-6':
			return { level, interval: utcHour.every(6) ?? utcHour, format: hourLabel };
		case 'hour-3':
			return { level, interval: utcHour.every(3) ?? utcHour, format: hourLabel };
		case 'hour-1':
			return { level, interval: utcHour, format: hourLabel };
	}
}

/** The tick instants of a view: every interval boundary inside [from, to]. */
export function tickInstants(spec: TickSpec, from: Date, to: Date): Date[] {
	return spec.interval.range(spec.interval.ceil(from), new Date(to.getTime() + 1));
}
