/** Phones in portrait: the zoom buttons show their sign only. */
const PHONE = '(max-width: 30rem)';

/**
 * The media queries the layout changes at, the one place they are written. CSS names them as
 * custom media, `@media (--wide) { … }` (replaced at build time by scripts/custom-media.ts); scripts
 * read them here (media.svelte.ts). A list-valued query (compact) must stand alone in its @media.
 */
export const MEDIA = {
	/** The day panel sits beside the explorer. */
	wide: '(min-width: 64rem)',
	/** The day panel is a full-height sheet over the explorer. */
	narrow: '(max-width: 63.99rem)',
	phone: PHONE,
	/** Small or short screens: the pinned timeline is a compact strip. */
	compact: `${PHONE}, (max-height: 35rem)`
} as const;
