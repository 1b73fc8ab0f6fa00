import type { ParamMatcher } from '@sveltejs/kit';
import { DAY_COUNT } from '$lib/content/constants';

const DAY = '([1-9]\\d?)';
const PAIR = new RegExp(`^${DAY}-${DAY}$`);

/**
 * Two days as "A-B", the earlier first (1 <= A < B <= 12), spelled as the day route spells them:
 * "12-1" (a near miss the 404 page sends on to "1-12"), "3-3", "0-5", "1-13" and "01-2" do not match.
 */
export const match = ((param: string): param is `${number}-${number}` => {
	const m = PAIR.exec(param);
	if (!m) return false;
	const [a, b] = [Number(m[1]), Number(m[2])];
	return a < b && b <= DAY_COUNT;
}) satisfies ParamMatcher;
