import type { ParamMatcher } from '@sveltejs/kit';
import { DAY_COUNT } from '$lib/content/constants';

/** "1".."12" exactly: no signs, leading zeros, decimals or other spellings. */
export const match = ((param: string): param is `${number}` =>
	/^[1-9]\d?$/.test(param) && Number(param) <= DAY_COUNT) satisfies ParamMatcher;
