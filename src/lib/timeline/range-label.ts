import { DAY, type Domain } from './scale';

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** One end of a zoom window as the reader is told it: its day's label and a UTC time. */
export interface WindowBound {
	/** The day's label, e.g. "Mon 9 Dec" (one of the axis's labels). */
	day: string;
	/** "HH:mm", UTC; "24:00" for the midnight that ends a day. */
	time: string;
}

/**
 * The two ends of a zoom window in words, to the minute, from the axis's own day labels (one per
 * day from the domain's first, which starts at a UTC midnight), so no date library ships to the
 * browser. A window that ends at a midnight ends at 24:00 of the day before: 9 Dec 00:00 to
 * 13 Dec 00:00 reads "Mon 9 Dec 00:00 to Thu 12 Dec 24:00".
 */
export function windowBounds(
	window: Domain,
	domain: Domain,
	dayLabels: readonly string[]
): [WindowBound, WindowBound] {
	const start = domain[0].getTime();
	const bound = (instant: Date, end: boolean): WindowBound => {
		const minutes = Math.round((instant.getTime() - start) / MINUTE);
		let day = Math.floor((minutes * MINUTE) / DAY);
		let minute = minutes - (day * DAY) / MINUTE;
		if (end && minute === 0 && day > 0) [day, minute] = [day - 1, 24 * 60];
		const label = dayLabels[Math.min(dayLabels.length - 1, Math.max(0, day))] ?? '';
		return { day: label, time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
	};
	return [bound(window[0], false), bound(window[1], true)];
}

/** The words a range is said in (the interface text's timeline part). */
export interface RangeWords {
	showingAll: string;
	showing: (from: string, to: string) => string;
	instant: (day: string, time: string) => string;
}

/** A zoom window as the live region says it ("Timeline shows Mon 9 Dec, 00:00 to …"); null is the whole range. */
export function describeWindow(
	window: Domain | null,
	domain: Domain,
	dayLabels: readonly string[],
	words: RangeWords
): string {
	if (!window) return words.showingAll;
	const [from, to] = windowBounds(window, domain, dayLabels);
	return words.showing(words.instant(from.day, from.time), words.instant(to.day, to.time));
}
