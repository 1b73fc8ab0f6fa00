import { describe, expect, it } from 'vitest';
import { shortcutKeys } from './shortcut-keys';

describe('the keyboard shortcuts list', () => {
	it('names the same keys, in the same order, in every language, each with what it does', () => {
		const keys = (locale: keyof typeof shortcutKeys) => shortcutKeys[locale].map(([k]) => k);
		expect(keys('zh')).toEqual(keys('en'));
		for (const [, action] of [...shortcutKeys.en, ...shortcutKeys.zh])
			expect(action.trim()).not.toBe('');
	});

	it('covers every shortcut the site has', () => {
		const listed = shortcutKeys.en.flatMap(([k]) => k);
		for (const key of [
			'/',
			'j',
			'k',
			'+',
			'-',
			'0',
			'←',
			'→',
			'↑',
			'↓',
			'Home',
			'End',
			'Enter',
			'Esc',
			'?'
		])
			expect(listed).toContain(key);
	});
});
