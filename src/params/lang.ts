import type { ParamMatcher } from '@sveltejs/kit';

/** The language segment of a page's path: only the Chinese edition has one ("/zh/day/3"). */
export const match = ((param: string): param is 'zh' => param === 'zh') satisfies ParamMatcher;
