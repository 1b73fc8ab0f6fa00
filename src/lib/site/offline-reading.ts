import { base } from '$app/paths';
import { mount } from 'svelte';
import { localeOf } from '$lib/i18n/locale';
import { loadStrings } from '$lib/i18n/strings';
import { sitePath } from './base';
import type { OfflineMessage, OfflineState } from './offline';
import { withoutBase } from './prefix';

// The page's side of offline reading (the worker is src/service-worker.ts). hooks.client.ts loads
// it once the page is idle: nothing of it is part of a page's first load.

/** Asks the active worker, and resolves with its answer. */
export async function ask(message: OfflineMessage): Promise<OfflineState> {
	const { active } = await navigator.serviceWorker.ready;
	const { port1, port2 } = new MessageChannel();
	return new Promise((resolve) => {
		port1.onmessage = (event: MessageEvent<OfflineState>) => resolve(event.data);
		active?.postMessage(message, [port2]);
	});
}

/**
 * Registers the worker, then asks it to keep this page's edition, unless the reader keeps another
 * already or has asked their browser to save data (the Network Information API's `saveData`, which
 * Chromium reports when it sends `Save-Data: on`): then nothing is downloaded in the background, and
 * the worker keeps only the pages the reader opens. The footer says what the worker keeps, once it
 * has answered and the footer comes near the screen (the note's code is loaded then).
 */
export async function startOffline(): Promise<void> {
	// A browser may refuse workers (some private modes): the site then works as before, online.
	// Its scope is its folder: the site's root, under the site's prefix if it has one.
	const registered = await navigator.serviceWorker
		.register(sitePath('/service-worker.js'))
		.catch(() => undefined);
	if (!registered) return;
	const locale = localeOf(withoutBase(location.pathname, base));
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	const saveData = connection?.saveData === true;
	const answer = ask(saveData ? { type: 'state' } : { type: 'keep', locale, ifNone: true });
	// At the end of the footer's column (SiteFooter.svelte).
	const footer = document.querySelector('.site-footer .column');
	if (!footer) return;
	const near = new IntersectionObserver(
		async (entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			near.disconnect();
			const [{ default: OfflineNote }, { kept }, ui] = await Promise.all([
				import('$lib/components/OfflineNote.svelte'),
				answer,
				loadStrings(locale)
			]);
			mount(OfflineNote, { target: footer, props: { locale, ui, kept, saveData, ask } });
		},
		{ rootMargin: '50%' }
	);
	near.observe(footer);
}
