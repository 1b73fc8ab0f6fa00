/** A figure's value and unit in one language; `display` overrides the plain number. */
interface FigureText {
	value: number;
	display?: string;
	unit: string;
}

/** "34% fewer", "87.7 % accuracy" -> value and unit joined the way each reads naturally. */
export function formatFigure(figure: FigureText): {
	value: string;
	unit: string;
	separator: string;
	joined: string;
} {
	// Ratings and years read without grouping ("2727"); only large numbers get separators.
	const plain = formatNumber(figure.value);
	const value = figure.display ?? plain;
	const separator = /^[%×]/.test(figure.unit) ? '' : ' ';
	return { value, unit: figure.unit, separator, joined: `${value}${separator}${figure.unit}` };
}

/** 2727 stays 2727; 3000000000 becomes 3,000,000,000. */
export function formatNumber(value: number): string {
	return value >= 10000 ? value.toLocaleString('en-US') : String(value);
}
