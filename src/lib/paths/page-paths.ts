import { DAY_COUNT, THEME_SLUGS } from '$lib/content/constants';
import { comparePairs, comparePath } from './compare';
import { EDITIONS, localePath } from './editions';

// The site's pages as language-neutral paths: each exists once per language. From the content's
// constants only (no content), so the offline worker can read them too; the sitemap, the 404 page
// and the hosts' headers read them, and offline.spec.ts checks them against the HTML the build wrote.

/** The pages the twelve days are read in: the overview, the days, the key questions, the verdict. */
export const READING_PATHS: readonly string[] = [
	'/',
	...Array.from({ length: DAY_COUNT }, (_, i) => `/day/${i + 1}`),
	...THEME_SLUGS.map((slug) => `/theme/${slug}`),
	'/verdict'
];

/** Every page: those, the table of key figures and the comparisons of two days (one per pair). */
export const PAGE_PATHS: readonly string[] = [
	...READING_PATHS,
	'/figures',
	...comparePairs().map(([a, b]) => comparePath(a, b))
];

/** Paths in every language ("/day/3", "/zh/day/3"). */
export const inEveryEdition = (paths: readonly string[]): string[] =>
	paths.flatMap((path) => EDITIONS.map(({ locale }) => localePath(path, locale)));

/** Every page in every language, as a site path. */
export const EVERY_PAGE: readonly string[] = inEveryEdition(PAGE_PATHS);
