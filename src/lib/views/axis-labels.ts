import type { Locale } from '$lib/content/types';
import { formatUtc } from '$lib/i18n/format';
import { DAY, HOUR, type Domain } from '$lib/timeline/scale';
import type { AxisLabels } from '$lib/timeline/ticks';

/** Every tick label of the timeline's axis in one language, formatted on the server with date-fns. */
export function axisLabels(domain: Domain, locale: Locale): AxisLabels {
	const zh = locale === 'zh';
	const start = domain[0].getTime();
	const days = Math.round((domain[1].getTime() - start) / DAY);
	const each = (pattern: string) =>
		Array.from({ length: days }, (_, i) => formatUtc(start + i * DAY, pattern, locale));
	return {
		date: each(zh ? 'M月d日' : 'd MMM'),
		dayNumber: each(zh ? 'd日' : 'd'),
		weekday: each(zh ? 'M月d日 EEE' : 'EEE d MMM'),
		hour: Array.from({ length: 24 }, (_, h) => formatUtc(start + h * HOUR, 'HH:mm', locale))
	};
}
