import { EVERY_PAGE } from '$lib/paths/page-paths';
import type { PageServerLoad } from './$types';

/** Every page of both editions: the 404 page sends a near miss of one of them on to it. */
export const load: PageServerLoad = () => ({ pages: EVERY_PAGE });
