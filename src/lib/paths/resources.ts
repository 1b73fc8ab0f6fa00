import type { Locale } from '$lib/content/types';
import { localePath } from './editions';

// The site paths of what pages point to besides other pages: preview cards, embeds, oEmbed responses.

/** A preview card's path in a language ("day-3" -> "/og/day-3.png" or "/og/zh/day-3.png"). */
export function previewImage(name: string, locale: Locale): string {
	return `/og/${locale === 'en' ? '' : `${locale}/`}${name}.png`;
}

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
