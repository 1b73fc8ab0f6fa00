import { THEME_SLUGS } from '$lib/content/constants';
import type { ThemeSlug } from '$lib/content/types';

/** The lens a search string asks for, if it names a real key question. */
export function lensFrom(search: string): ThemeSlug | null {
	const lens = new URLSearchParams(search).get('lens');
	return (THEME_SLUGS as readonly string[]).includes(lens ?? '') ? (lens as ThemeSlug) : null;
}

/** The search query a search string carries (at most 200 characters). */
export function queryFrom(search: string): string {
	return (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}

/** A search string with the lens and query set (or removed when empty), other parameters kept. */
export function withLensAndQuery(search: string, lens: ThemeSlug | null, query: string): string {
	const params = new URLSearchParams(search);
	if (lens) params.set('lens', lens);
	else params.delete('lens');
	if (query.trim()) params.set('q', query);
	else params.delete('q');
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
