// Stands in for d3-transition inside d3-zoom only (see scripts/slim-d3.ts). d3-zoom imports it
// just to stop a running transition when a gesture starts; this site never hands d3-zoom a
// transition (zoom-behavior.ts animates by itself and stops its own animation on input), so
// stopping is a no-op. Keeps d3-transition, d3-color, d3-ease and d3-timer (~8 KB gzip) out.
import { selection } from 'd3-selection';

/** Nothing to interrupt: no d3 transition ever runs. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before a programmatic transform.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
	this: unknown
) {
	return this;
};
