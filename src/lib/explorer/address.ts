import { THEME_SLUGS } from '$lib/content/constants';
import type { ThemeSlug } from '$lib/content/types';
import { MIN_SPAN, type Domain } from '$lib/timeline/scale';

// Everything the explorer keeps in the address (?from=&to=&lens=&q=): read and written here only.

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

/** What the explorer keeps in the address. */
export interface ExplorerParams {
	/** The zoom window; null when not zoomed. */
	window: Domain | null;
	/** The reader's lens (not a key question's own page, whose lens is its path). */
	lens: ThemeSlug | null;
	query: string;
}

/** The lens a search string asks for, if it names a real key question. */
export function lensFrom(search: string): ThemeSlug | null {
	const lens = new URLSearchParams(search).get('lens');
	return (THEME_SLUGS as readonly string[]).includes(lens ?? '') ? (lens as ThemeSlug) : null;
}

/** The longest search query kept (the search box takes no more): a long sentence. */
export const MAX_QUERY = 100;

/** The longest stretch of a query quoted back in a message ("No day matches “…”"). */
const MAX_QUOTE = 40;

/** A query as a message quotes it: whole if short, else its start and an ellipsis. */
export function quoted(query: string): string {
	const chars = Array.from(query.trim());
	return chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : chars.join('');
}

/** The search query a search string carries (at most MAX_QUERY characters). */
export function queryFrom(search: string): string {
	return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_QUERY);
}

/** The explorer's state as a search string gives it. */
export function readParams(search: string, domain: Domain): ExplorerParams {
	return {
		window: parseWindow(new URLSearchParams(search), domain),
		lens: lensFrom(search),
		query: queryFrom(search)
	};
}

/** A search string with the explorer's parameters set (or removed when empty), others kept. */
export function withParams(search: string, { window, lens, query }: ExplorerParams): string {
	const params = new URLSearchParams(search);
	const set = (key: string, value: string | null) =>
		value ? params.set(key, value) : params.delete(key);
	set('from', window && formatStamp(window[0]));
	set('to', window && formatStamp(window[1]));
	set('lens', lens);
	set('q', query.trim() ? query : null);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * The days to highlight: those of the lens, those a search found, or (with both) the days in
 * both. Null when there is neither, meaning nothing is dimmed.
 */
export function highlightedDays(
	lensDays: readonly number[] | null,
	searchDays: readonly number[] | null
): ReadonlySet<number> | null {
	if (!lensDays && !searchDays) return null;
	if (lensDays && searchDays) return new Set(lensDays.filter((n) => searchDays.includes(n)));
	return new Set(lensDays ?? searchDays ?? []);
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
