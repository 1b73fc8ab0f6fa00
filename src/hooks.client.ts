import type { ClientInit } from '@sveltejs/kit';

/**
 * Lets the browser paint the prerendered page before hydration starts: the page's modules are
 * preloaded, so without this the hydration task can run first and hold back the first paint.
 * The content is all in the HTML; hydration only adds the interaction a frame later. A page that
 * is not being drawn (a background tab gets no animation frames) hydrates after a short wait.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 100);
	});
