import { describe, expect, it } from 'vitest';
import { match } from './day';

describe('the day route matcher', () => {
	it.each(['1', '2', '9', '10', '11', '12'])('accepts %s', (param) => {
		expect(match(param)).toBe(true);
	});

	it.each(['0', '13', '01', '1.5', '-1', '+1', 'abc', '', ' 1', '1e1', '012', '99', '１'])(
		'rejects %j',
		(param) => {
			expect(match(param)).toBe(false);
		}
	);
});
