import type { Figure, Locale } from '$lib/content/types';
import { tr } from './localize';

/** "34% fewer", "87.7 % accuracy" -> value and unit joined the way each reads naturally. */
export function formatFigure(
	figure: Pick<Figure, 'value' | 'display' | 'unit'>,
	locale: Locale
): { value: string; unit: string; separator: string; joined: string } {
	// Ratings and years read without grouping ("2727"); only large numbers get separators.
	const plain = figure.value >= 10000 ? figure.value.toLocaleString('en-US') : String(figure.value);
	const value = figure.display ? tr(figure.display, locale) : plain;
	const unit = tr(figure.unit, locale);
	const separator = /^[%×]/.test(unit) ? '' : ' ';
	return { value, unit, separator, joined: `${value}${separator}${unit}` };
}
