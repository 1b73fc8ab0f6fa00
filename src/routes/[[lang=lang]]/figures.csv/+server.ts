import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { figuresCsv } from '$lib/views/figures-csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** /figures.csv and /zh/figures.csv. */
export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

/** Every key figure as CSV, its text in the path's language (columns documented in the README). */
export const GET: RequestHandler = ({ url }) =>
	new Response(figuresCsv(localeAt(url)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
