import { MediaQuery } from 'svelte/reactivity';
import { MEDIA } from './breakpoints';

/** Below this width the day panel is a full-height modal sheet rather than a column beside the explorer. */
export const narrowScreen = new MediaQuery(MEDIA.narrow, false);

/** The reader asked for less motion: every animated move in the explorer asks this one query. */
export const reducedMotion = new MediaQuery('prefers-reduced-motion: reduce', false);

/** Small or short screens, where the pinned timeline is a compact strip (see Timeline.svelte's CSS). */
export const compactTimeline = new MediaQuery(MEDIA.compact, false);
