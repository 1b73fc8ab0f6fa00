import { sitemap } from '$lib/site/pages';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(sitemap(url.origin), { headers: { 'content-type': 'application/xml' } });
