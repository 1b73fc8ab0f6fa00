import { days } from '$lib/content';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { stripPlaces } from '$lib/views/embed';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

/** The twelve days' places on the calendar strip (the cards come from the layout's summaries). */
export const load: PageServerLoad = ({ url }) => ({ places: stripPlaces(days, localeAt(url)) });
