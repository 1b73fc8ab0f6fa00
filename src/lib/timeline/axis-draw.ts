import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { Locale } from '$lib/content/types';
import { tickSpec } from './ticks';

/** Draws (or redraws) a bottom time axis into an SVG group with d3-axis, ticks chosen for the view. */
export function drawAxis(
	node: SVGGElement,
	scale: ScaleTime<number, number>,
	locale: Locale
): void {
	const [from, to] = scale.domain() as [Date, Date];
	const width = scale.range()[1] ?? 0;
	const spec = tickSpec(to.getTime() - from.getTime(), width, locale);
	const group = select(node);
	group.call(
		axisBottom<Date>(scale)
			.ticks(spec.interval)
			.tickFormat((d) => spec.format(d))
			.tickSizeOuter(0)
			.tickSize(6)
			.tickPadding(6)
	);
	// Ticks at the very edges would be clipped; let their labels hang inward instead.
	group.selectAll<SVGGElement, Date>('.tick').each(function (d) {
		const x = scale(d);
		select(this)
			.select('text')
			.attr('text-anchor', x < 30 ? 'start' : x > width - 30 ? 'end' : 'middle');
	});
}
