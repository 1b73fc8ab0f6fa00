import type { ParamMatcher } from '@sveltejs/kit';
import { THEME_SLUGS } from '$lib/content/constants';

/** One of the four key questions' slugs, exactly. */
export const match = ((param: string): param is (typeof THEME_SLUGS)[number] =>
	(THEME_SLUGS as readonly string[]).includes(param)) satisfies ParamMatcher;
