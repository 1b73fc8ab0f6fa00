import { days, verdict } from '$lib/content';
import { embedTargets } from '$lib/embed/targets';
import { localeAt } from '$lib/paths/site';
import { weeksDomain } from '$lib/timeline/scale';
import { axisLabels } from '$lib/views/axis-labels';
import type { LayoutServerLoad } from './$types';

/** What the explorer adds: the timeline's axis labels, the verdict's summary and the timeline's embed code. */
export const load: LayoutServerLoad = async ({ url }) => {
	const locale = localeAt(url);
	return {
		verdictSummary: verdict.summary[locale],
		axisLabels: axisLabels(weeksDomain(days.map((d) => d.livestreamStart)), locale),
		/** The overview's embed code (the timeline), in each language. */
		timelineEmbeds: await embedTargets('timeline')
	};
};
