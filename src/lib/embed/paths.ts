import type { Locale } from '$lib/content/types';
import { localePath } from '$lib/i18n/localize';

/** What can be embedded: the timeline, or one day's card. */
export type EmbedKind = 'timeline' | { day: number };

/** The embed page of a kind in a language: "/embed", "/zh/embed/day/3". */
export function embedPath(kind: EmbedKind, locale: Locale): string {
	return localePath(kind === 'timeline' ? '/embed' : `/embed/day/${kind.day}`, locale);
}

/** The static oEmbed response of the page a kind embeds: "/oembed/day-3.json", "/oembed/zh/overview.json". */
export function oembedPath(kind: EmbedKind, locale: Locale): string {
	const name = kind === 'timeline' ? 'overview' : `day-${kind.day}`;
	return `/oembed/${locale === 'en' ? '' : `${locale}/`}${name}.json`;
}
