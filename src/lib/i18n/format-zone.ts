import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * A UTC instant as wall-clock text in a time zone, e.g. "10:00" in America/Los_Angeles, or with
 * another date-fns pattern ("M月d日 HH:mm"). Server-side: it pulls in zone data.
 */
export function formatTimeIn(instant: string, timeZone: string, pattern = 'HH:mm'): string {
	return format(new TZDate(instant, timeZone), pattern);
}
