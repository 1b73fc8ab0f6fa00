import { json } from '@sveltejs/kit';
import { oembedResponse } from '$lib/embed/oembed';
import { EDITIONS } from '$lib/paths/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

/** /oembed/overview.json, /oembed/zh/overview.json: the timeline, for the overview. */
export const GET: RequestHandler = async ({ params, url }) =>
	json(await oembedResponse('timeline', params.lang ?? 'en', url.origin));
