import { robots } from '$lib/site/pages';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(robots(url.origin), { headers: { 'content-type': 'text/plain' } });
