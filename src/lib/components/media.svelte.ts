import { MediaQuery } from 'svelte/reactivity';

/** Below this width the day panel is a full-height modal sheet rather than a column beside the explorer. */
export const narrowScreen = new MediaQuery('max-width: 63.99rem', false);

/** The reader asked for less motion. */
export const reducedMotion = new MediaQuery('prefers-reduced-motion: reduce', false);
