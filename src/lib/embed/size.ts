import type { Locale } from '$lib/content/types';
import { formatFigure } from '$lib/i18n/figure';
import type { EmbedDayView } from '$lib/views/embed';

/**
 * The frame width an embed code's height is worked out for: a usual article column. Narrower
 * frames wrap more text and need more height (the page says how much in its height message);
 * wider ones leave some room below the card.
 */
export const REFERENCE_WIDTH = 600;

/** Width of a card's text at REFERENCE_WIDTH: less the page's padding, the card's borders and padding. */
const TEXT_WIDTH = REFERENCE_WIDTH - 51;

/**
 * The embed pages' layout at REFERENCE_WIDTH in CSS pixels, as measured in Chromium: the height
 * of everything but the text that wraps (`card`, `timeline`), a line of each kind of text, and
 * the average width of a Latin character in em (CJK characters are 1 em). The estimates err on
 * the tall side; embeds.spec.ts checks each against the real page, so a change of layout that
 * makes one too small (or far too tall) fails there.
 */
const LAYOUT = {
	en: {
		latin: 0.55,
		card: 133,
		title: 26,
		line: 24.8,
		figure: 9.6,
		figureLine: 30,
		chart: 8,
		bar: 24,
		timeline: 165
	},
	zh: {
		latin: 0.5,
		card: 141,
		title: 26,
		line: 28,
		figure: 9.6,
		figureLine: 34,
		chart: 8,
		bar: 27,
		timeline: 162
	}
} as const;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Lines a text takes at a font size (px) across a card. */
function lines(text: string, size: number, locale: Locale): number {
	let ems = 0;
	for (const char of text) ems += CJK.test(char) ? 1 : LAYOUT[locale].latin;
	return Math.max(1, Math.ceil((ems * size) / TEXT_WIDTH));
}

/**
 * The height (CSS px) of a day's embed at REFERENCE_WIDTH: with its headline figure's chart
 * (/embed/day/N) or without (a card of the timeline's).
 */
export function cardHeight(day: EmbedDayView, locale: Locale, chart: boolean): number {
	const l = LAYOUT[locale];
	let height =
		l.card + lines(day.title, 20, locale) * l.title + lines(day.summary, 16, locale) * l.line;
	const figure = day.figure;
	if (figure) {
		height +=
			l.figure +
			lines(`${formatFigure(figure).joined} · ${figure.label}`, 17, locale) * l.figureLine;
		if (chart && figure.bars) height += l.chart + figure.bars.length * l.bar;
	}
	return Math.ceil(height);
}

/** The height of the timeline embed at REFERENCE_WIDTH: its strip, and room for its tallest card. */
export function timelineHeight(days: readonly EmbedDayView[], locale: Locale): number {
	return LAYOUT[locale].timeline + Math.max(...days.map((day) => cardHeight(day, locale, false)));
}
