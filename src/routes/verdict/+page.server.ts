import { localeOf } from '$lib/i18n/locale';
import { verdictView } from '$lib/views/verdict-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ verdict: verdictView(localeOf(url)) });
