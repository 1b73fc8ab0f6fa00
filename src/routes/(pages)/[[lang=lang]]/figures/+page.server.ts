import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { figuresView } from '$lib/views/figures-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

/** Every key figure in the page's language, with the sources they cite. */
export const load: PageServerLoad = ({ url }) => figuresView(localeAt(url));
