import type { ScaleTime } from 'd3-scale';
import type { Attachment } from 'svelte/attachments';
import type { TickSpec } from './ticks';

/**
 * Draws a bottom axis with d3-axis on an SVG group, redrawing whenever the scale or ticks change.
 * d3-axis is imported when the group mounts; there is no axis to draw on the server anyway.
 */
export function axis(
	view: () => { scale: ScaleTime<number, number>; spec: TickSpec }
): Attachment<SVGGElement> {
	return (node) => {
		let d3 = $state.raw<typeof import('./axis-draw') | null>(null);
		import('./axis-draw').then((module) => (d3 = module));
		$effect(() => {
			const { scale, spec } = view();
			d3?.drawAxis(node, scale, spec);
		});
		return () => node.replaceChildren();
	};
}
