import { EDITIONS } from '$lib/i18n/editions';
import { localeAt } from '$lib/site/base';
import { verdictView } from '$lib/views/verdict-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

export const load: PageServerLoad = ({ url }) => ({ verdict: verdictView(localeAt(url)) });
