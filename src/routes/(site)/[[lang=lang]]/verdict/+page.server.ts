import { EDITIONS } from '$lib/i18n/editions';
import { localeOf } from '$lib/i18n/locale';
import { verdictView } from '$lib/views/verdict-view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));

export const load: PageServerLoad = ({ url }) => ({ verdict: verdictView(localeOf(url)) });
