import { DAY_COUNT, THEME_SLUGS } from '$lib/content/constants';
import { comparePairs, comparePath } from './compare';
import { EDITIONS, localePath } from './editions';

/**
 * Every page of the site as a language-neutral path: each exists once per language. From the
 * content's constants only (no content), so the offline worker can read it too; the sitemap, the
 * 404 page and the hosts' headers read it, and tests/pages.spec.ts loads every one.
 */
export const PAGE_PATHS: readonly string[] = [
	'/',
	...Array.from({ length: DAY_COUNT }, (_, i) => `/day/${i + 1}`),
	...THEME_SLUGS.map((slug) => `/theme/${slug}`),
	'/verdict',
	'/figures',
	...comparePairs().map(([a, b]) => comparePath(a, b))
];

/** Every page in every language ("/day/3", "/zh/day/3"), as a site path. */
export const EVERY_PAGE: readonly string[] = PAGE_PATHS.flatMap((path) =>
	EDITIONS.map(({ locale }) => localePath(path, locale))
);
