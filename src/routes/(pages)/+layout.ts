import { loadPageStrings } from '$lib/i18n/page-strings';
import type { LayoutLoad } from './$types';

/** The text of these pages, in their language: the explorer's pages never load it. */
export const load: LayoutLoad = async ({ parent }) => ({
	text: await loadPageStrings((await parent()).locale)
});
