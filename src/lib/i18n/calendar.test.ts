import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar';

describe('a calendar date in words', () => {
	it.each([
		['2026-12-07', 'en', '7 December 2026'],
		['2026-12-07', 'zh', '2026年12月7日'],
		['2024-01-31', 'en', '31 January 2024'],
		['2024-01-31', 'zh', '2024年1月31日']
	] as const)('%s in %s is %s', (iso, locale, text) => {
		expect(calendarDate(iso, locale)).toBe(text);
	});
});
