import { describe, expect, it } from 'vitest';
import { actionFor, isTyping, KEYMAP, shortcutRows } from './keymap';

// isTyping asks whether the target is an Element inside a field; Node has no DOM, so a stand-in
// class is enough (its instances answer closest() as a field would, or not).
globalThis.Element ??= class {} as unknown as typeof Element;

/** A key press as the handlers read it, on a field or on anything else. */
const press = (key: string, options: { typing?: boolean; ctrlKey?: boolean } = {}) => {
	const on = Object.assign(Object.create(Element.prototype), {
		closest: () => (options.typing ? {} : null)
	});
	return {
		key,
		ctrlKey: options.ctrlKey ?? false,
		metaKey: false,
		altKey: false,
		defaultPrevented: false,
		target: on
	};
};

describe('the keymap', () => {
	it.each([
		['/', 'page', 'focusSearch'],
		['j', 'page', 'nextCard'],
		['k', 'page', 'previousCard'],
		['?', 'page', 'showShortcuts'],
		['Escape', 'page', 'close'],
		['ArrowDown', 'card', 'nextCard'],
		['ArrowUp', 'card', 'previousCard'],
		['ArrowLeft', 'timeline', 'previousDay'],
		['ArrowRight', 'timeline', 'nextDay'],
		['Home', 'timeline', 'firstDay'],
		['End', 'timeline', 'lastDay'],
		['+', 'timeline', 'zoomIn'],
		['=', 'timeline', 'zoomIn'],
		['-', 'timeline', 'zoomOut'],
		['0', 'timeline', 'resetZoom'],
		['Escape', 'search', 'clearSearch']
	] as const)('%s in the %s scope: %s', (key, scope, action) => {
		expect(actionFor(press(key), scope)).toBe(action);
	});

	it.each([
		['a key of another scope', press('j'), 'timeline'],
		['Enter, which the browser handles (it opens the link)', press('Enter'), 'timeline'],
		['a shortcut typed into a field', press('j', { typing: true }), 'page'],
		['"/" typed into a field', press('/', { typing: true }), 'page'],
		['a press with Ctrl (the browser’s)', press('+', { ctrlKey: true }), 'timeline']
	] as const)('does nothing for %s', (_, event, scope) => {
		expect(actionFor(event, scope)).toBeNull();
	});

	it('lets Escape close a panel from a field, where letters are text', () => {
		expect(actionFor(press('Escape', { typing: true }), 'page')).toBe('close');
	});

	it('knows a field from anything else', () => {
		expect(isTyping(press('x', { typing: true }).target)).toBe(true);
		expect(isTyping(press('x').target)).toBe(false);
		expect(isTyping(null)).toBe(false);
	});

	it('gives every binding one of the dialog’s rows, and every row its keys', () => {
		const rows = shortcutRows();
		expect(rows.map((r) => r.row)).toEqual([...new Set(KEYMAP.map((b) => b.row))]);
		expect(rows.find((r) => r.row === 'escape')?.keys).toEqual(['Esc']);
	});
});
