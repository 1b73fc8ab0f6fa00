import type { ScaleTime } from 'd3-scale';
import type { Attachment } from 'svelte/attachments';
import type { Locale } from '$lib/content/types';

/**
 * Draws a bottom time axis with d3-axis on an SVG group, redrawing whenever the scale changes.
 * The drawing code (d3-axis, tick choice, date-fns labels) is imported when the group mounts:
 * there is no axis to draw on the server, and it keeps those modules off the first load.
 */
export function axis(
	view: () => { scale: ScaleTime<number, number>; locale: Locale }
): Attachment<SVGGElement> {
	return (node) => {
		let drawing = $state.raw<typeof import('./interaction') | null>(null);
		import('./interaction').then((module) => (drawing = module));
		$effect(() => {
			const { scale, locale } = view();
			drawing?.drawAxis(node, scale, locale);
		});
		return () => node.replaceChildren();
	};
}
