import type { Handle } from '@sveltejs/kit';
import { content } from '$lib/content';
import { assertValidContent } from '$lib/content/validate';
import { localeAt } from '$lib/paths/site';
import { LANGUAGE_TAG } from '$lib/i18n/languages';

// Runs once when the server code loads, i.e. in every build (prerendering) and every dev start:
// bad content stops the build with a message naming the file and field.
assertValidContent(content);

export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGUAGE_TAG[localeAt(event.url)];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
