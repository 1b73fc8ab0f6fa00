import { describe, expect, it } from 'vitest';
import { KEYMAP, shortcutRows } from '$lib/explorer/keymap';
import { shortcutText } from './shortcut-keys';

describe('the keyboard shortcuts list', () => {
	it('says what every row of the keymap does, in every language', () => {
		for (const locale of ['en', 'zh'] as const)
			for (const { row } of shortcutRows()) expect(shortcutText[locale][row].trim()).not.toBe('');
	});

	it('lists every key the explorer answers to, as the reader sees it', () => {
		expect(shortcutRows().map(({ keys }) => keys.join(' '))).toEqual([
			'/',
			'j k',
			'↓ ↑',
			'← →',
			'Home End',
			'Enter',
			'+ - 0',
			'Esc',
			'?'
		]);
		// Every binding is in a row (aliases such as "=" for "+" are not listed separately).
		expect(new Set(KEYMAP.map((b) => b.row)).size).toBe(shortcutRows().length);
	});
});
