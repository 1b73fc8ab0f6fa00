import { json } from '@sveltejs/kit';
import { days } from '$lib/content';
import { oembedResponse } from '$lib/embed/oembed';
import { EDITIONS } from '$lib/paths/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => days.map((d) => ({ lang, n: `${d.number}` as const })));

/** /oembed/day-3.json, /oembed/zh/day-3.json: what oEmbed consumers embed for /day/3. */
export const GET: RequestHandler = async ({ params, url }) =>
	json(await oembedResponse({ day: Number(params.n) }, params.lang ?? 'en', url.origin));
