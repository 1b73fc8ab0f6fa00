import { MIN_SPAN, type Domain } from './scale';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" as UTC; anything else (or an impossible date) is null. */
export function parseStamp(value: string | null | undefined): Date | null {
	const m = value ? STAMP.exec(value.trim()) : null;
	if (!m) return null;
	const [year, month, day, hour = '0', minute = '0'] = m.slice(1).map((part) => part ?? '0');
	const date = new Date(Date.UTC(+year!, +month! - 1, +day!, +hour, +minute));
	// Reject rollovers such as 2024-02-31 or 25:00.
	const ok =
		date.getUTCFullYear() === +year! &&
		date.getUTCMonth() === +month! - 1 &&
		date.getUTCDate() === +day! &&
		date.getUTCHours() === +hour &&
		date.getUTCMinutes() === +minute;
	return ok ? date : null;
}

/** "2024-12-09T00:00": minutes precision, UTC. */
export function formatStamp(date: Date): string {
	return date.toISOString().slice(0, 16);
}

/**
 * The zoom window a URL asks for, made safe: null when either bound is missing or garbage;
 * reversed bounds are swapped; bounds are clamped into the domain; a window narrower than the
 * minimum span is widened around its centre.
 */
export function parseWindow(params: URLSearchParams, domain: Domain): Domain | null {
	let from = parseStamp(params.get('from'));
	let to = parseStamp(params.get('to'));
	if (!from || !to) return null;
	if (from > to) [from, to] = [to, from];
	const [lo, hi] = [domain[0].getTime(), domain[1].getTime()];
	let a = Math.min(hi, Math.max(lo, from.getTime()));
	let b = Math.min(hi, Math.max(lo, to.getTime()));
	if (b - a < MIN_SPAN) {
		const centre = Math.min(hi - MIN_SPAN / 2, Math.max(lo + MIN_SPAN / 2, (a + b) / 2));
		a = centre - MIN_SPAN / 2;
		b = centre + MIN_SPAN / 2;
	}
	if (a <= lo && b >= hi) return null;
	return [new Date(a), new Date(b)];
}

/** The search string for a window; the whole domain (no zoom) is no parameters at all. */
export function windowSearch(current: URLSearchParams, window: Domain | null): string {
	const params = new URLSearchParams(current);
	if (window) {
		params.set('from', formatStamp(window[0]));
		params.set('to', formatStamp(window[1]));
	} else {
		params.delete('from');
		params.delete('to');
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The explorer's own parameters (zoom window, lens, search), for links that keep the reader's view. */
export const EXPLORER_PARAMS = ['from', 'to', 'lens', 'q'] as const;

/** Only the explorer's parameters of a search string (others, such as tracking tags, are dropped). */
export function explorerSearch(search: string): string {
	const current = new URLSearchParams(search);
	const kept = new URLSearchParams();
	for (const key of EXPLORER_PARAMS) {
		const value = current.get(key);
		if (value !== null) kept.set(key, value);
	}
	const text = kept.toString();
	return text ? `?${text}` : '';
}
