import { json } from '@sveltejs/kit';
import { days, people, sharedSources, themes, verdict } from '$lib/content';
import { CONTENT_UPDATED, CONTENT_VERSION } from '$lib/content/version';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Bump when the shape changes in a way that breaks readers (documented in the README). */
const OPEN_DATA_VERSION = 1;

/** The whole content as open data, both languages: the shape is documented in the README. */
export const GET: RequestHandler = () =>
	json({
		version: OPEN_DATA_VERSION,
		// Added in version 1 without breaking readers: which text this is, as citations name it.
		contentVersion: CONTENT_VERSION,
		contentUpdated: CONTENT_UPDATED,
		name: 'Twelve Days: OpenAI’s 12 days of releases, 5–20 December 2024',
		languages: ['en', 'zh'],
		days,
		themes,
		people: Object.values(people),
		sources: sharedSources,
		// Added in version 1 without breaking readers: the article's overall judgement.
		verdict
	});
