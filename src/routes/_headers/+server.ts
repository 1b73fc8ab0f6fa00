import { base } from '$app/paths';
import { headersFile } from '$lib/site/host-headers';
import type { RequestHandler } from './$types';

export const prerender = true;

/** build/_headers: what a static host sends with each file (see lib/site/host-headers.ts). */
export const GET: RequestHandler = () =>
	new Response(headersFile(base), { headers: { 'content-type': 'text/plain' } });
