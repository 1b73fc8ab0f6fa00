import { error } from '@sveltejs/kit';
import { days, daySources, getDay, people, themes } from '$lib/content';
import { formatTimeIn } from '$lib/i18n/format-zone';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => days.map((d) => ({ n: `${d.number}` as const }));

export const load: PageServerLoad = ({ params }) => {
	const day = getDay(Number(params.n));
	if (!day) error(404, 'Not found');
	const cited = new Set(day.commentary.map((c) => c.person));
	return {
		day,
		sources: daySources(day),
		people: Object.values(people).filter((p) => cited.has(p.id)),
		themes: themes.filter((t) => day.themes.includes(t.slug)),
		// Formatted here so the zone data stays out of the browser bundle.
		livestreamTimes: {
			pacific: formatTimeIn(day.livestreamStart, 'America/Los_Angeles'),
			utc: formatTimeIn(day.livestreamStart, 'UTC')
		}
	};
};
