import type { ClientInit } from '@sveltejs/kit';

/**
 * Lets the browser paint the prerendered page before hydration starts: the page's modules are
 * preloaded, so without this the hydration task can run first and hold back the first paint.
 * The content is all in the HTML; hydration only adds the interaction a frame later. A page that
 * is not being drawn (a background tab gets no animation frames) hydrates after a short wait.
 */
export const init: ClientInit = () => {
	const painted = new Promise<void>((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 100);
	});
	// Hydration runs as soon as this resolves; the task after it comes once hydration is done.
	painted.then(() => setTimeout(registerOfflineWorkerWhenIdle, 0));
	return painted;
};

/**
 * Resolves when the page is idle (no task waiting), or after `timeout` ms at the latest; where
 * there is no requestIdleCallback (Safari), after a quarter of that.
 */
const idle = (timeout: number) =>
	new Promise<void>((resolve) =>
		'requestIdleCallback' in window
			? requestIdleCallback(() => resolve(), { timeout })
			: setTimeout(resolve, timeout / 4)
	);

/**
 * Once the page is hydrated and idle, starts offline reading (lib/site/offline-reading.ts):
 * registers the worker that keeps the site readable offline (src/service-worker.ts; a new build's
 * worker replaces it on the next visit) and asks it to keep the page's edition, unless the reader
 * saves data. Keeping it fetches every reading page of the edition: started while the page still loads,
 * the worker would compete with hydration for the CPU. Not in development, where SvelteKit serves the worker as a module rebuilt on every change.
 */
async function registerOfflineWorkerWhenIdle() {
	if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	if (document.readyState !== 'complete')
		await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
	// Two idle periods in a row: the first can be a gap while the page still fetches a module.
	await idle(4000);
	await idle(4000);
	// Its code is loaded now, not with the page.
	(await import('$lib/site/offline-reading')).startOffline();
}
