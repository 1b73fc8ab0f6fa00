import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** A UTC instant as its wall-clock time in a time zone, e.g. "10:00" in America/Los_Angeles. Server-side: it pulls in zone data. */
export function formatTimeIn(instant: string, timeZone: string): string {
	return format(new TZDate(instant, timeZone), 'HH:mm');
}
