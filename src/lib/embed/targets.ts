import { days, getDay } from '$lib/content';
import type { Locale } from '$lib/content/types';
import { EDITIONS } from '$lib/paths/editions';
import { loadStrings } from '$lib/i18n/strings';
import { embedDayView } from '$lib/views/embed';
import { embedPath, type EmbedKind } from '$lib/paths/resources';
import { cardHeight, timelineHeight } from './size';
import type { EmbedTarget } from './snippet';

// Server side only (page loads, oEmbed responses): it reads both languages' text.

/** The embed of a kind in one language: its path, its frame's title and a height that fits. */
export async function embedTarget(kind: EmbedKind, locale: Locale): Promise<EmbedTarget> {
	const ui = await loadStrings(locale);
	if (kind === 'timeline') {
		return {
			path: embedPath(kind, locale),
			title: ui.embed.timelineTitle,
			height: timelineHeight(
				days.map((day) => embedDayView(day, locale)),
				locale,
				ui
			)
		};
	}
	const day = getDay(kind.day);
	if (!day) throw new Error(`No day ${kind.day} to embed`);
	const view = embedDayView(day, locale);
	return {
		path: embedPath(kind, locale),
		title: ui.embed.frameTitle(day.number, view.title),
		height: cardHeight(view, locale, true, ui)
	};
}

/** The embed of a kind in every language, for the embed code dialog's language choice. */
export async function embedTargets(kind: EmbedKind): Promise<Record<Locale, EmbedTarget>> {
	const targets = await Promise.all(
		EDITIONS.map(async ({ locale }) => [locale, await embedTarget(kind, locale)] as const)
	);
	return Object.fromEntries(targets) as Record<Locale, EmbedTarget>;
}
