import { error } from '@sveltejs/kit';
import { days, getDay } from '$lib/content';
import { EDITIONS } from '$lib/paths/editions';
import { localeAt } from '$lib/paths/site';
import { embedDayView } from '$lib/views/embed';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap(({ lang }) => days.map((d) => ({ lang, n: `${d.number}` as const })));

export const load: PageServerLoad = ({ params, url }) => {
	const day = getDay(Number(params.n));
	if (!day) error(404, 'Not found');
	return { day: embedDayView(day, localeAt(url)) };
};
