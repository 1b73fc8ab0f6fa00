import { days, themes, verdict } from '$lib/content';
import { summarize } from '$lib/content/summary';
import { localeOf } from '$lib/i18n/locale';
import { weeksDomain } from '$lib/timeline/scale';
import { axisLabels } from '$lib/views/axis-labels';
import { localize } from '$lib/views/localize';
import { summaryView } from '$lib/views/views';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => {
	const locale = localeOf(url);
	return {
		// During prerendering url.origin is kit.prerender.origin (SITE_ORIGIN), used for absolute URLs in head tags.
		origin: url.origin,
		locale,
		summaries: days.map((day) => summaryView(summarize(day), locale)),
		themes: localize(themes, locale),
		verdictSummary: verdict.summary[locale],
		axisLabels: axisLabels(weeksDomain(days.map((d) => d.livestreamStart)), locale)
	};
};
