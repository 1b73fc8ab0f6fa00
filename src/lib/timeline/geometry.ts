/**
 * The timeline's sizes in px, written once: the layout (marker-view.svelte.ts, ticks) computes with
 * them and the styles read them as custom properties (geometryStyle). `compact` is the strip of
 * small screens (breakpoints.ts: --compact).
 */
export interface TimelineGeometry {
	/** A marker's round number badge. */
	badge: number;
	/** Between a badge and its label. */
	gap: number;
	/** The least room between two markers' boxes in one lane. */
	padding: number;
	/** Lanes of markers above the axis, and the height of each. */
	lanes: number;
	row: number;
	/** The stem from the lowest lane down to the axis. */
	stem: number;
	/** The axis: its height and its labels' font size. */
	axis: number;
	axisLabel: number;
	/** A marker label's font size. */
	label: number;
}

export const GEOMETRY: { normal: TimelineGeometry; compact: TimelineGeometry } = {
	normal: {
		badge: 28,
		gap: 4,
		padding: 6,
		lanes: 3,
		row: 34,
		stem: 22,
		axis: 34,
		axisLabel: 12,
		label: 13
	},
	// Phones: badges are 24 px touch targets (WCAG 2.5.8) in rows as tall, so that none overlap.
	compact: {
		badge: 24,
		gap: 3,
		padding: 4,
		lanes: 3,
		row: 24,
		stem: 4,
		axis: 20,
		axisLabel: 11,
		label: 11
	}
};

/** A label's padding on each side of its text (DayMarker's CSS reads it as --label-padding). */
export const LABEL_PADDING = 3;

/**
 * The geometry as custom properties for the timeline's root element: `--normal-badge: 28px; …;
 * --compact-badge: 18px; …` (axisLabel is --normal-axis-label). The stylesheet picks one set by media query, so the server's markup
 * is drawn at the right size before any script runs.
 */
export function geometryStyle(): string {
	const entries = (name: keyof typeof GEOMETRY) =>
		Object.entries(GEOMETRY[name]).map(([key, value]) => {
			const property = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
			return `--${name}-${property}: ${value}${key === 'lanes' ? '' : 'px'}`;
		});
	return [...entries('normal'), ...entries('compact'), `--label-padding: ${LABEL_PADDING}px`].join(
		'; '
	);
}
