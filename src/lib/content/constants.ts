/** Tiny shared facts, safe to import anywhere (route matchers included). */
export const DAY_COUNT = 12;
export const FIRST_DATE = '2024-12-05';
export const LAST_DATE = '2024-12-20';
export const SITE_NAME = 'Twelve Days';
/** The key questions' slugs, in the article's order (themes.ts holds the questions themselves). */
export const THEME_SLUGS = [
	'depth-and-breadth',
	'engine-and-deployment',
	'sora-and-video',
	'super-app'
] as const;

/** Slugs of the article's four key questions (sections 01-04). */
export type ThemeSlug = (typeof THEME_SLUGS)[number];
