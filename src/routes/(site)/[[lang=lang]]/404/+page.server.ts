import { EDITIONS } from '$lib/paths/editions';
import { localePath } from '$lib/paths/editions';
import { PAGE_PATHS } from '$lib/site/pages';
import type { PageServerLoad } from './$types';

/** Every page of both editions: the 404 page sends a near miss of one of them on to it. */
export const load: PageServerLoad = () => ({
	pages: PAGE_PATHS.flatMap((path) => EDITIONS.map(({ locale }) => localePath(path, locale)))
});
