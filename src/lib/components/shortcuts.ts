import { flushSync, mount } from 'svelte';
import type { Locale } from '$lib/content/types';
import ShortcutsList from './ShortcutsList.svelte';

// Loaded the first time a reader asks for the list (KeyboardShortcuts.svelte): no page loads it up front.
const lists: Partial<Record<Locale, { show(): void }>> = {};

/** Shows the keyboard shortcuts in a modal dialog, in the page's language. */
export function showShortcuts(locale: Locale) {
	let list = lists[locale];
	if (!list) {
		list = lists[locale] = mount(ShortcutsList, { target: document.body, props: { locale } });
		// The dialog element is bound once the mount's effects have run.
		flushSync();
	}
	list.show();
}
