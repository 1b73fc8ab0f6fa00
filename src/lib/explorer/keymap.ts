// The explorer's keyboard shortcuts, written once: the handlers look keys up here (actionFor) and
// the shortcuts dialog lists them from here (shortcutRows).

/** Where a key works: anywhere on the page, on a timeline marker, on a day card, in the search box. */
export type KeyScope = 'page' | 'timeline' | 'card' | 'search';

export type KeyAction =
	| 'focusSearch'
	| 'clearSearch'
	| 'nextCard'
	| 'previousCard'
	| 'previousDay'
	| 'nextDay'
	| 'firstDay'
	| 'lastDay'
	| 'openDay'
	| 'zoomIn'
	| 'zoomOut'
	| 'resetZoom'
	| 'close'
	| 'showShortcuts';

/** The dialog's rows, in order: each lists the first key of each of its bindings. */
export type ShortcutRow =
	'search' | 'cards' | 'cardArrows' | 'days' | 'ends' | 'open' | 'zoom' | 'escape' | 'help';

interface Binding {
	keys: readonly string[];
	action: KeyAction;
	scope: KeyScope;
	row: ShortcutRow;
	/** The browser does it already (a link opens on Enter): listed, not handled. */
	native?: true;
}

export const KEYMAP: readonly Binding[] = [
	{ keys: ['/'], action: 'focusSearch', scope: 'page', row: 'search' },
	{ keys: ['j'], action: 'nextCard', scope: 'page', row: 'cards' },
	{ keys: ['k'], action: 'previousCard', scope: 'page', row: 'cards' },
	{ keys: ['ArrowDown'], action: 'nextCard', scope: 'card', row: 'cardArrows' },
	{ keys: ['ArrowUp'], action: 'previousCard', scope: 'card', row: 'cardArrows' },
	{ keys: ['ArrowLeft'], action: 'previousDay', scope: 'timeline', row: 'days' },
	{ keys: ['ArrowRight'], action: 'nextDay', scope: 'timeline', row: 'days' },
	{ keys: ['Home'], action: 'firstDay', scope: 'timeline', row: 'ends' },
	{ keys: ['End'], action: 'lastDay', scope: 'timeline', row: 'ends' },
	{ keys: ['Enter'], action: 'openDay', scope: 'timeline', row: 'open', native: true },
	{ keys: ['+', '='], action: 'zoomIn', scope: 'timeline', row: 'zoom' },
	{ keys: ['-'], action: 'zoomOut', scope: 'timeline', row: 'zoom' },
	{ keys: ['0'], action: 'resetZoom', scope: 'timeline', row: 'zoom' },
	{ keys: ['Escape'], action: 'clearSearch', scope: 'search', row: 'escape' },
	{ keys: ['Escape'], action: 'close', scope: 'page', row: 'escape' },
	{ keys: ['?'], action: 'showShortcuts', scope: 'page', row: 'help' }
];

/** Whether a key press is the reader typing: into a field, where letters and "/" are text. */
export function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof Element &&
		target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
			null
	);
}

type KeyPress = Pick<
	KeyboardEvent,
	'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'
> & {
	target: EventTarget | null;
};

/**
 * The action a key press asks for in a scope, if any. Presses with Ctrl, Cmd or Alt belong to the
 * browser; on the page, so do characters typed into a field (Escape still closes a panel there).
 */
export function actionFor(event: KeyPress, scope: KeyScope): KeyAction | null {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
	if (scope === 'page' && event.key.length === 1 && isTyping(event.target)) return null;
	const binding = KEYMAP.find((b) => b.scope === scope && !b.native && b.keys.includes(event.key));
	return binding?.action ?? null;
}

/** How a key is shown: arrows as arrows, Escape as Esc. */
const LABEL: Record<string, string> = {
	ArrowDown: '↓',
	ArrowUp: '↑',
	ArrowLeft: '←',
	ArrowRight: '→',
	Escape: 'Esc'
};

/** The dialog's rows: the keys of each (the first of each binding, once) in the keymap's order. */
export function shortcutRows(): { row: ShortcutRow; keys: string[] }[] {
	const rows = new Map<ShortcutRow, string[]>();
	for (const { row, keys } of KEYMAP) {
		const shown = LABEL[keys[0]!] ?? keys[0]!;
		const list = rows.get(row) ?? [];
		if (!list.includes(shown)) list.push(shown);
		rows.set(row, list);
	}
	return [...rows].map(([row, keys]) => ({ row, keys }));
}
