/** Tiny shared facts, safe to import anywhere (route matchers included). */
export const DAY_COUNT = 12;
export const FIRST_DATE = '2024-12-05';
export const LAST_DATE = '2024-12-20';
/**
 * The four kinds of release, following the article's split (§04), in the legend's order. The one
 * list: the Category type, the validator, the legend and the preview cards read it; tokens.css gives
 * each its colour (a unit test keeps the two in step).
 */
export const CATEGORIES = ['model', 'developer-platform', 'product-feature', 'ecosystem'] as const;
/** The key questions' slugs, in the article's order (themes.ts holds the questions themselves). */
export const THEME_SLUGS = [
	'depth-and-breadth',
	'engine-and-deployment',
	'sora-and-video',
	'super-app'
] as const;

/** Slugs of the article's four key questions (sections 01-04). */
export type ThemeSlug = (typeof THEME_SLUGS)[number];
