import type { ScaleTime } from 'd3-scale';
import type { Domain } from './scale';

/** The x part of a d3 ZoomTransform: view x = base x * k + x. */
export interface ViewTransform {
	k: number;
	x: number;
}

/** The time window a transform shows across the width. */
export function windowOf(base: ScaleTime<number, number>, t: ViewTransform, width: number): Domain {
	return [base.invert(-t.x / t.k), base.invert((width - t.x) / t.k)];
}

/** Keeps a transform inside the zoom bounds: k in [1, maxK], and the domain always covering the width. */
export function clampTransform(t: ViewTransform, width: number, maxK: number): ViewTransform {
	const k = Math.min(maxK, Math.max(1, Number.isFinite(t.k) ? t.k : 1));
	const x = Math.min(0, Math.max(width - width * k, Number.isFinite(t.x) ? t.x : 0));
	return { k, x };
}

/** The transform that shows [from, to] across the width, clamped to the bounds. */
export function transformFor(
	base: ScaleTime<number, number>,
	window: Domain,
	width: number,
	maxK: number
): ViewTransform {
	const x0 = base(window[0]);
	const x1 = base(window[1]);
	const k = width / Math.max(1e-9, x1 - x0);
	const clamped = clampTransform({ k, x: 0 }, width, maxK);
	return clampTransform({ k: clamped.k, x: -x0 * clamped.k }, width, maxK);
}

/** The transform that pans (keeping k) just enough to bring base x into [margin, width - margin]. */
export function panIntoView(
	t: ViewTransform,
	baseX: number,
	width: number,
	margin: number,
	maxK: number
): ViewTransform {
	const viewX = baseX * t.k + t.x;
	const inner = Math.min(margin, width / 2);
	if (viewX >= inner && viewX <= width - inner) return t;
	const target = viewX < inner ? inner : width - inner;
	return clampTransform({ k: t.k, x: t.x + (target - viewX) }, width, maxK);
}

/** The transform zoomed by `factor` about view x `about`: the instant under it stays put (unclamped). */
export function scaleAbout(t: ViewTransform, factor: number, about: number): ViewTransform {
	return { k: t.k * factor, x: about - (about - t.x) * factor };
}

/**
 * The transform a fraction `u` of the way from `from` to `to`, moving the window's edges in a
 * straight line: a pan stays a pan (no zooming out and back in on the way).
 */
export function tweenTransform(
	from: ViewTransform,
	to: ViewTransform,
	u: number,
	width: number
): ViewTransform {
	const edges = (t: ViewTransform) => [-t.x / t.k, (width - t.x) / t.k] as const;
	const [a0, b0] = edges(from);
	const [a1, b1] = edges(to);
	const left = a0 + (a1 - a0) * u;
	const right = b0 + (b1 - b0) * u;
	const k = width / Math.max(1e-9, right - left);
	return { k, x: -left * k };
}

/**
 * The days nearest a view that shows none: the last before it and the first after it (numbers
 * from 1, in the order of `instants`, ms). Null when a day is in view.
 */
export function nearestDays(
	window: readonly [Date, Date],
	instants: readonly number[]
): { before?: number; after?: number } | null {
	const [from, to] = [window[0].getTime(), window[1].getTime()];
	if (instants.some((t) => t >= from && t <= to)) return null;
	const before = instants.findLastIndex((t) => t < from);
	const after = instants.findIndex((t) => t > to);
	return {
		...(before >= 0 && { before: before + 1 }),
		...(after >= 0 && { after: after + 1 })
	};
}
