// Stands in for d3-interpolate inside d3-scale (see scripts/slim-d3.ts). d3-scale's default
// interpolator handles colours, strings and objects too, which pulls in d3-color; this site's
// scales only ever interpolate numbers (pixel ranges) and dates (domains).

type Numeric = number | Date;

/** Linear interpolation between two numbers. */
export function interpolateNumber(a: Numeric, b: Numeric): (t: number) => number {
	const from = +a;
	const to = +b;
	return (t) => from * (1 - t) + to * t;
}

/** Linear interpolation, rounded to whole numbers. */
export function interpolateRound(a: Numeric, b: Numeric): (t: number) => number {
	const between = interpolateNumber(a, b);
	return (t) => Math.round(between(t));
}

/** Numbers and dates only; anything else is a mistake in this site, so it says so. */
export function interpolate(a: unknown, b: unknown): (t: number) => number | Date {
	if (typeof b === 'number') return interpolateNumber(a as Numeric, b);
	if (b instanceof Date) {
		const between = interpolateNumber(a as Numeric, b);
		return (t) => new Date(between(t));
	}
	throw new Error(
		`d3-scale here interpolates numbers and dates only, not ${typeof b} (src/lib/timeline/shims/d3-interpolate.ts)`
	);
}

export function piecewise(): never {
	throw new Error('piecewise scales are not supported (src/lib/timeline/shims/d3-interpolate.ts)');
}
