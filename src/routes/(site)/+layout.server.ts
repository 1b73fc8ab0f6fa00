import { days, themes } from '$lib/content';
import { localeOf } from '$lib/i18n/locale';
import { weeksDomain } from '$lib/timeline/scale';
import { axisLabels } from '$lib/views/axis-labels';
import { localize } from '$lib/views/localize';
import type { LayoutServerLoad } from './$types';

/** What the explorer adds: the key questions and the timeline's axis labels. */
export const load: LayoutServerLoad = ({ url }) => {
	const locale = localeOf(url);
	return {
		themes: localize(themes, locale),
		axisLabels: axisLabels(weeksDomain(days.map((d) => d.livestreamStart)), locale)
	};
};
