import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';
import type { TickSpec } from './ticks';

/** Draws a bottom axis with d3-axis on an SVG group, redrawing whenever the scale or ticks change. */
export function axis(
	view: () => { scale: ScaleTime<number, number>; spec: TickSpec }
): Attachment<SVGGElement> {
	return (node) => {
		const group = select(node);
		$effect(() => {
			const { scale, spec } = view();
			group.call(
				axisBottom<Date>(scale)
					.ticks(spec.interval)
					.tickFormat((d) => spec.format(d))
					.tickSizeOuter(0)
					.tickSize(6)
					.tickPadding(6)
			);
			// Ticks at the very edges would be clipped; let their labels hang inward instead.
			const width = scale.range()[1] ?? 0;
			group.selectAll<SVGGElement, Date>('.tick').each(function (d) {
				const x = scale(d);
				const text = select(this).select('text');
				text.attr('text-anchor', x < 30 ? 'start' : x > width - 30 ? 'end' : 'middle');
			});
		});
		return () => group.selectAll('*').remove();
	};
}
