// Turns what the pages recorded into figures: percentiles, the gesture summary, and whether the
// gesture kept the page changing for its whole length.

export const median = (values) => {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Nearest-rank percentile; NaN for no values. */
export const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

const max = (values) => (values.length ? Math.max(...values) : 0);

/** Frame and long-task figures are taken from the first input event until this long after the last is rendered. */
export const TAIL_MS = 200;
/** A gesture after which less than this share of the input events changed the page was idle ... */
export const MIN_ACTIVE = 0.8;
/** ... and so was one in which this many events in a row changed nothing (e.g. at a zoom limit). */
export const MAX_IGNORED_IN_A_ROW = 3;

/**
 * Which input events changed nothing. An event is counted in the frame whose callbacks first ran
 * after it (frames[i].events); its effect shows in that frame when the page renders in a rAF callback,
 * in the frame before when it changes the DOM in the event handler itself (the probe reads at the
 * start of the callbacks), and in the frame after when it renders a frame late. An event after which
 * none of those three frames changed was ignored. Events the browser never delivered (coalesced,
 * or held up on a starved machine) are not counted either way.
 */
function ignoredEvents(frames) {
	let ignored = 0;
	let row = 0;
	let longestRow = 0;
	let longestMs = 0;
	let rowStart = 0;
	frames.forEach((f, i) => {
		if (f.events === 0) return;
		const moved = [frames[i - 1], f, frames[i + 1]].some((g) => g?.changed);
		if (moved) {
			row = 0;
			return;
		}
		ignored += f.events;
		if (row === 0) rowStart = f.t;
		row += f.events;
		longestRow = Math.max(longestRow, row);
		longestMs = Math.max(longestMs, f.t + f.interval - rowStart);
	});
	return { ignored, longestRow, longestMs };
}

/**
 * Summarises one recorded gesture. `raw` is what stopRecording() returned; `dispatched` how many
 * events of the measured type were sent.
 */
export function summariseGesture(raw, { dispatched }) {
	const delivered = raw.latencies.length;
	if (!Number.isFinite(raw.first) || delivered === 0) {
		return {
			delivered: 0,
			dispatched,
			idle: true,
			active: 0,
			note: 'no input event reached the page'
		};
	}
	const rendered = raw.last + raw.latencies[raw.latencies.length - 1];
	const end = rendered + TAIL_MS;
	// A frame's interval runs from the frame before to it: keep those that overlap the stretch.
	const overlapping = (to) => raw.frames.filter((f) => f.t > raw.first && f.t - f.interval < to);
	const measured = overlapping(end);
	const gesture = overlapping(rendered);
	const intervals = measured.map((f) => f.interval);
	const tasks = raw.longTasks.filter((t) => t.start + t.duration >= raw.first && t.start <= end);
	const duration = Math.max(1, rendered - raw.first);
	const { ignored, longestRow, longestMs } = ignoredEvents(raw.frames);
	const active = 1 - ignored / delivered;
	return {
		dispatched,
		delivered,
		frames: intervals.length,
		frameP50: percentile(intervals, 50),
		frameP95: percentile(intervals, 95),
		frameMax: max(intervals),
		longTasks: tasks.length,
		longestTask: max(tasks.map((t) => t.duration)),
		latencyP95: percentile(raw.latencies, 95),
		latencyMax: max(raw.latencies),
		changedFrames: gesture.filter((f) => f.changed).length,
		gestureFrames: gesture.length,
		duration,
		active,
		ignored,
		ignoredInARow: longestRow,
		longestStill: longestMs,
		idle: active < MIN_ACTIVE || longestRow >= MAX_IGNORED_IN_A_ROW
	};
}

/** Total blocking time: the part past 50 ms of each long task that starts in [from, to]. */
export const totalBlockingTime = (tasks, from, to) =>
	tasks
		.filter((t) => t.start >= from && t.start <= to)
		.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
