import type { Locale } from '$lib/content/types';
import { formatFigure } from '$lib/i18n/figure';
import type { EmbedDayView } from '$lib/views/embed';
import { charWidth } from '$lib/timeline/layout';
import type { UiStrings } from '$lib/i18n/strings';
import { DAY_COUNT } from '$lib/content/constants';

/**
 * The narrowest column an embed code is for (README: Embedding). Its height is worked out for a
 * frame this wide, where the text wraps the most: in any wider column the page fits in it too,
 * and the code's script then fits the frame to the page exactly.
 */
export const NARROWEST = 280;
/** The width an oEmbed response names: a usual article column. */
export const REFERENCE_WIDTH = 600;

/** Width of a card's text at NARROWEST: less the page's padding, the card's borders and padding. */
const TEXT_WIDTH = NARROWEST - 51;
/**
 * Latin text is this much wider than charWidth's estimate in the fonts the frames are drawn in,
 * and bold text this much more: the estimate errs on the wide side, so a card is never cut off.
 */
const REGULAR = 1.06;
const BOLD = 1.14;

/**
 * The embed pages' layout at NARROWEST in CSS pixels, as measured in Chromium: the height of
 * everything but the text that wraps, a line of each kind of text, the average width of a Latin
 * character in em (CJK characters are 1 em), and the timeline embed's parts. The estimates err on
 * the tall side; embeds.spec.ts checks each against the real page, so a change of layout that
 * makes one too small (or far too tall) fails there.
 */
const LAYOUT = {
	en: {
		/** The page's and the card's padding and borders, and the margins between the card's lines. */
		frame: 64,
		eyebrow: 22,
		eyebrowWrap: 27,
		title: 26,
		when: 22,
		line: 24.8,
		more: 25,
		figure: 8,
		figureLine: 30,
		chart: 8,
		bar: 24,
		barLine: 18,
		head: 21,
		strip: 203,
		steps: 32,
		gaps: 41
	},
	zh: {
		frame: 64,
		eyebrow: 25,
		eyebrowWrap: 27,
		title: 26,
		when: 25,
		line: 28,
		more: 28,
		figure: 8,
		figureLine: 34,
		chart: 8,
		bar: 27,
		barLine: 21,
		head: 24,
		strip: 214,
		steps: 35,
		gaps: 41
	}
} as const;

/** A text's width in px: bold widens Latin letters, not CJK characters, which are a full em either way. */
function textWidth(text: string, size: number, bold = REGULAR): number {
	let px = 0;
	for (const char of text)
		px += /\s/.test(char)
			? 0.28 * size
			: charWidth(char) * size * (charWidth(char) === 1 ? 1 : bold);
	return px;
}

/**
 * Lines a text takes at a font size (px) across `width` px, wrapped as a browser wraps it: between
 * words, and between any two CJK characters.
 */
export function lines(text: string, size: number, width = TEXT_WIDTH, bold = REGULAR): number {
	const pieces =
		text.match(
			/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g
		) ?? [];
	let count = 1;
	let used = 0;
	for (const piece of pieces) {
		const space = /^\s/.test(piece);
		const w = textWidth(piece, size, bold);
		if (!space && used > 0 && used + w > width) {
			count++;
			used = w;
		} else used += w;
	}
	return count;
}

/**
 * The height (CSS px) of a day's embed at NARROWEST: with its headline figure's chart
 * (/embed/day/N) or without (a card of the timeline's).
 */
export function cardHeight(
	day: EmbedDayView,
	locale: Locale,
	chart: boolean,
	ui: UiStrings
): number {
	const l = LAYOUT[locale];
	// The day and its category's badge (with its padding) share a line where they fit.
	const eyebrow =
		textWidth(ui.dayOf(day.number, DAY_COUNT), 14.4, BOLD) +
		12 +
		textWidth(ui.categories[day.category], 12.8, BOLD) +
		14;
	let height =
		l.frame +
		(eyebrow > TEXT_WIDTH ? l.eyebrow + l.eyebrowWrap : l.eyebrow) +
		lines(day.title, 20, TEXT_WIDTH, BOLD) * l.title +
		lines(day.dateLabel, 14.4) * l.when +
		lines(day.summary, 16) * l.line +
		lines(`${ui.embed.readMore} ↗`, 16, TEXT_WIDTH, BOLD) * l.more;
	const figure = day.figure;
	if (figure) {
		height +=
			l.figure + lines(`${formatFigure(figure).joined} · ${figure.label}`, 16) * l.figureLine;
		if (chart && figure.bars) {
			// A bar's name has 40% of the width (figures.css), where a long one wraps.
			const extra = (name: string) => (lines(name, 13.6, 0.4 * TEXT_WIDTH) - 1) * l.barLine;
			height += l.chart + figure.bars.reduce((sum, bar) => sum + l.bar + extra(bar.label), 0);
		}
	}
	return Math.ceil(height);
}

/**
 * The height of the timeline embed at NARROWEST: its head (the site's name and tagline), its
 * strip (a row per week in a narrow frame), room for its tallest card, and Previous/Next.
 */
export function timelineHeight(
	days: readonly EmbedDayView[],
	locale: Locale,
	ui: UiStrings
): number {
	const l = LAYOUT[locale];
	const head = (1 + lines(ui.tagline, 13.6)) * l.head;
	const tallest = Math.max(...days.map((day) => cardHeight(day, locale, false, ui)));
	return Math.ceil(head + l.strip + tallest + l.steps + l.gaps);
}
