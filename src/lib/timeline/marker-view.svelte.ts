import type { ScaleTime } from 'd3-scale';
import { measureLabel } from './measure';
import { estimateTextWidth, layoutMarkers, placeMarkers, type Placement } from './layout';
import { baseScale, type Domain } from './scale';
import { windowOf } from './view';
import type { ZoomState } from './zoom.svelte';

/** Width assumed before the real one is measured (server render, no JS): the narrowest supported. */
const NOMINAL_WIDTH = 320;
/** Badge size, spacing and label size; the compact strip's (small screens) must match Timeline.svelte's CSS. */
const GEOMETRY = {
	normal: { markerSize: 28, gap: 4, padding: 6, lanes: 3, fontSize: 13 },
	compact: { markerSize: 18, gap: 3, padding: 4, lanes: 3, fontSize: 11 }
};
/** A label's horizontal padding (DayMarker's CSS) on top of its text. */
const LABEL_PADDING = 6;

export interface MarkerViewInput {
	/** Each day's instant (ISO) and the short title its label shows, in day order. */
	instants: readonly string[];
	titles: readonly string[];
	domain: Domain;
	zoom: ZoomState;
	/** Whether the compact strip of small screens is showing. */
	compact: () => boolean;
}

/**
 * What the timeline draws, derived from the zoom and the page's measurements: the width, the
 * window in view, each day's x and each marker's lane and label side. Until `measured`, it is
 * what the server rendered (nominal width, estimated labels), so hydration matches.
 */
export class MarkerView {
	/** True once the page is measured (real width, real fonts). */
	measured = $state(false);
	/** The page's font stack, for measuring labels; empty until measured. */
	fontFamily = $state('');
	width: number;
	base: ScaleTime<number, number>;
	/** Each day's x at zoom 1, recomputed only when the width changes; a frame scales and shifts them. */
	baseXs: number[];
	xs: number[];
	window: Domain;
	placements: Placement[];

	constructor({ instants, titles, domain, zoom, compact }: MarkerViewInput) {
		const geometry = $derived(this.measured && compact() ? GEOMETRY.compact : GEOMETRY.normal);
		this.width = $derived(this.measured && zoom.width > 0 ? zoom.width : NOMINAL_WIDTH);
		this.base = $derived(baseScale(domain, this.width));
		this.baseXs = $derived(instants.map((i) => this.base(Date.parse(i))));
		this.xs = $derived(this.baseXs.map((x) => x * zoom.drawn.k + zoom.drawn.x));
		this.window = $derived(windowOf(this.base, zoom.drawn, this.width));
		const labelWidths = $derived(
			titles.map(
				(title) =>
					LABEL_PADDING +
					(this.measured
						? measureLabel(
								title,
								`600 ${geometry.fontSize}px ${this.fontFamily}`,
								geometry.fontSize
							)
						: estimateTextWidth(title, geometry.fontSize))
			)
		);
		// The lanes (and label sides) markers keep while unzoomed: those of the narrowest width.
		const nominal = baseScale(domain, NOMINAL_WIDTH);
		const { fontSize, ...normal } = GEOMETRY.normal;
		const resting = layoutMarkers(
			instants.map((i, n) => ({
				x: nominal(Date.parse(i)),
				labelWidth: LABEL_PADDING + estimateTextWidth(titles[n]!, fontSize)
			})),
			{ ...normal, width: NOMINAL_WIDTH }
		);
		this.placements = $derived.by(() => {
			const { fontSize: _, ...shape } = geometry;
			const items = this.xs.map((x, i) => ({ x, labelWidth: labelWidths[i]! }));
			return placeMarkers(items, this.width, zoom.drawn.k > 1.0001, resting, shape);
		});
	}
}
