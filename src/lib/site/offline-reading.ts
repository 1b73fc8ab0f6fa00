import { base } from '$app/paths';
import type { Locale } from '$lib/content/types';
import { localeOf } from '$lib/paths/editions';
import { withoutBase } from '$lib/paths/prefix';
import { sitePath } from '$lib/paths/site';
import type { OfflineMessage, OfflineState } from './offline';

// The page's side of offline reading (the worker is src/service-worker.ts). hooks.client.ts starts
// it once the page is idle, and the footer's note (SiteFooter.svelte) loads it when it comes near
// the screen: nothing of it is part of a page's first load.

/** What the worker keeps once it has answered, and whether the reader asked to save data. */
export interface OfflineReading extends OfflineState {
	saveData: boolean;
}

let answered: (state: OfflineReading) => void = () => {};
/** Resolves once the worker runs and has said what it keeps; never, where there is no worker. */
export const started = new Promise<OfflineReading>((resolve) => (answered = resolve));

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
 * the worker keeps only the pages the reader opens.
 */
export async function startOffline(): Promise<void> {
	// A browser may refuse workers (some private modes): the site then works as before, online.
	// Its scope is its folder: the site's root, under the site's prefix if it has one.
	const registered = await navigator.serviceWorker
		.register(sitePath('/service-worker.js'))
		.catch(() => undefined);
	if (!registered) return;
	const locale: Locale = localeOf(withoutBase(location.pathname, base));
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	const saveData = connection?.saveData === true;
	const state = await ask(saveData ? { type: 'state' } : { type: 'keep', locale, ifNone: true });
	answered({ ...state, saveData });
}
