import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from './format';
import { formatTimeIn } from './format-zone';

describe('date formatting', () => {
	it.each([
		['2024-12-05', 'en', 'Thursday 5 December 2024'],
		['2024-12-20', 'en', 'Friday 20 December 2024'],
		['2024-12-09', 'zh', '2024年12月9日 星期一']
	] as const)('formats %s in %s', (date, locale, expected) => {
		expect(formatLongDate(date, locale)).toBe(expected);
	});

	it('formats short dates', () => {
		expect(formatShortDate('2024-12-16', 'en')).toBe('Mon 16 Dec');
		expect(formatShortDate('2024-12-16', 'zh')).toBe('12月16日 周一');
	});

	it('gives the livestream time in Pacific and UTC', () => {
		expect(formatTimeIn('2024-12-05T18:00:00Z', 'America/Los_Angeles')).toBe('10:00');
		expect(formatTimeIn('2024-12-05T18:00:00Z', 'UTC')).toBe('18:00');
	});

	it('gives Beijing time with its date, the next day for a Pacific morning', () => {
		expect(formatTimeIn('2024-12-05T18:00:00Z', 'Asia/Shanghai', 'M月d日 HH:mm')).toBe(
			'12月6日 02:00'
		);
		expect(formatTimeIn('2024-12-20T18:00:00Z', 'Asia/Shanghai', 'M月d日 HH:mm')).toBe(
			'12月21日 02:00'
		);
	});
});
