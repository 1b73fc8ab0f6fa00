import { GEOMETRY, LABEL_PADDING, type TimelineGeometry } from './geometry';
import { estimateTextWidth, layoutMarkers, placeMarkers, type Placement } from './layout';
import { measureLabel } from './measure';
import { baseScale } from './scale';
import { NOMINAL_WIDTH, type ZoomState } from './zoom.svelte';

export interface MarkerViewInput {
	/** Each day's instant (ISO) and the short title its label shows, in day order. */
	instants: readonly string[];
	titles: readonly string[];
	zoom: ZoomState;
	/** Whether the compact strip of small screens is showing. */
	compact: () => boolean;
	/** The days whose labels come first where room is short (picked out, or open). */
	first: () => ReadonlySet<number>;
}

/** What the layout takes from the geometry. */
const shape = (g: TimelineGeometry) => ({
	markerSize: g.badge,
	gap: g.gap,
	padding: g.padding,
	lanes: g.lanes
});

/**
 * Where the timeline draws its markers, derived from the view: each day's x and each marker's lane
 * and label side. Until the timeline is measured it is what the server drew (the nominal width,
 * estimated labels), so hydration changes nothing.
 */
export class MarkerView {
	/** The geometry in force: the compact strip's once measured on a small screen. */
	geometry: TimelineGeometry;
	/** The page's font stack, known once the timeline is measured (after mounting); empty before. */
	font: string;
	/** Each day's x at zoom 1, recomputed only when the width changes; a frame scales and shifts them. */
	baseXs: number[];
	xs: number[];
	placements: Placement[];

	constructor({ instants, titles, zoom, compact, first }: MarkerViewInput) {
		const measured = $derived(zoom.width > 0);
		this.geometry = $derived(measured && compact() ? GEOMETRY.compact : GEOMETRY.normal);
		this.baseXs = $derived(instants.map((i) => zoom.base(Date.parse(i))));
		this.xs = $derived(this.baseXs.map((x) => x * zoom.transform.k + zoom.transform.x));
		this.font = $derived(
			measured ? getComputedStyle(document.documentElement).getPropertyValue('--font') : ''
		);
		const font = $derived(this.font);
		const labelWidths = $derived(
			titles.map((title) => {
				const size = this.geometry.label;
				const text = font
					? measureLabel(title, `600 ${size}px ${font}`, size)
					: estimateTextWidth(title, size);
				return 2 * LABEL_PADDING + text;
			})
		);
		// The lanes (and label sides) markers keep while unzoomed: those of the narrowest width.
		const nominal = baseScale(zoom.domain, NOMINAL_WIDTH);
		const resting = layoutMarkers(
			instants.map((i, n) => ({
				x: nominal(Date.parse(i)),
				labelWidth: 2 * LABEL_PADDING + estimateTextWidth(titles[n]!, GEOMETRY.normal.label)
			})),
			{ ...shape(GEOMETRY.normal), width: NOMINAL_WIDTH }
		);
		this.placements = $derived(
			placeMarkers(
				this.xs.map((x, i) => ({ x, labelWidth: labelWidths[i]! })),
				zoom.layoutWidth,
				zoom.zoomed,
				resting,
				shape(this.geometry),
				(index) => first().has(index + 1)
			)
		);
	}
}
