import type { ClientInit } from '@sveltejs/kit';
import { sitePath } from '$lib/site/base';

/**
 * Lets the browser paint the prerendered page before hydration starts: the page's modules are
 * preloaded, so without this the hydration task can run first and hold back the first paint.
 * The content is all in the HTML; hydration only adds the interaction a frame later. A page that
 * is not being drawn (a background tab gets no animation frames) hydrates after a short wait.
 */
export const init: ClientInit = () => {
	registerOfflineWorker();
	return new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 100);
	});
};

/**
 * Once the page has loaded, registers the worker that keeps the site readable offline
 * (src/service-worker.ts; a new build's worker replaces it on the next visit). Not in development,
 * where SvelteKit serves the worker as a module that is rebuilt on every change.
 */
function registerOfflineWorker() {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	// A browser may refuse workers (some private modes): the site then works as before, online.
	// Its scope is its folder: the site's root, under the site's prefix if it has one.
	const register = () =>
		navigator.serviceWorker.register(sitePath('/service-worker.js')).catch(() => {});
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
