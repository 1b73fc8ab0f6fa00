// The 404 page's only script, shipped as written (see NotFound.svelte): kept small.

/**
 * The page a near miss of an address means (lower case, no trailing slash), or null.
 * @param {string} pathname
 * @param {readonly string[]} pages every page's path
 */
export function meantPage(pathname, pages) {
	const path = pathname.toLowerCase().replace(/\/+$/, '') || '/';
	return path !== pathname && pages.includes(path) ? path : null;
}

/**
 * Whether an address asks for a day that is not one of the twelve ("/day/13", "/zh/day/abc").
 * @param {string} pathname
 */
export const asksForDay = (pathname) => /^(?:\/zh)?\/day\/[^/]+\/*$/i.test(pathname);

/** @param {HTMLElement} root the 404 page's content, with every page's path in data-pages */
function explain(root) {
	const target = meantPage(location.pathname, JSON.parse(root.dataset.pages ?? '[]'));
	const reason = target ? 'moved' : asksForDay(location.pathname) ? 'day' : 'unknown';
	for (const element of root.querySelectorAll('[data-reason]')) {
		if (element instanceof HTMLElement) element.hidden = element.dataset.reason !== reason;
	}
	if (!target) return;
	const address = target + location.search + location.hash;
	const link = root.querySelector('[data-reason="moved"] a');
	if (link instanceof HTMLAnchorElement) [link.href, link.textContent] = [address, target];
	location.replace(address);
}

if (typeof document !== 'undefined') {
	const root = /** @type {HTMLElement | null} */ (document.querySelector('[data-pages]'));
	if (root) explain(root);
}
