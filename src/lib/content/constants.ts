/** Tiny shared facts, safe to import anywhere (route matchers included). */
export const DAY_COUNT = 12;
export const FIRST_DATE = '2024-12-05';
export const LAST_DATE = '2024-12-20';
export const SITE_NAME = 'Twelve Days';
