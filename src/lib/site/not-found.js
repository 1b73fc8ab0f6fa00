// The 404 page's one script, loaded as a module by that page only (it has no other JavaScript).
// A static host answers a near miss of a real address ("/day/12/", "/DAY/3") with the 404 page and
// cannot redirect: this sends the reader on to the real page, keeping the query and fragment. For
// other addresses it says why there is no page where it can tell. Without JavaScript the page's
// text fits any address, and it links to every page.

/**
 * The page a near miss of a real address means: the same path in lower case and without trailing
 * slashes. Null when the address is already exact or names no page either way.
 * @param {string} pathname the address's path, as `location.pathname` gives it
 * @param {readonly string[]} pages the path of every page of the site
 * @returns {string | null}
 */
export function meantPage(pathname, pages) {
	const path = pathname.toLowerCase().replace(/\/+$/, '') || '/';
	return path !== pathname && pages.includes(path) ? path : null;
}

/**
 * Whether an address asks for a day by a number (or anything else) that is not one of the twelve.
 * @param {string} pathname
 * @returns {boolean}
 */
export function asksForDay(pathname) {
	return /^(?:\/zh)?\/day\/[^/]+\/*$/i.test(pathname);
}

/**
 * Shows the one explanation (`[data-reason]`) that fits the address, and sends a near miss on.
 * @param {HTMLElement} root the 404 page's content, listing every page's path in `data-pages`
 */
function explain(root) {
	/** @type {string[]} */
	const pages = JSON.parse(root.dataset.pages ?? '[]');
	const target = meantPage(location.pathname, pages);
	const reason = target ? 'moved' : asksForDay(location.pathname) ? 'day' : 'unknown';
	for (const element of root.querySelectorAll('[data-reason]')) {
		if (element instanceof HTMLElement) element.hidden = element.dataset.reason !== reason;
	}
	if (!target) return;
	const address = `${target}${location.search}${location.hash}`;
	const link = root.querySelector('[data-reason="moved"] a');
	if (link instanceof HTMLAnchorElement) {
		link.href = address;
		link.textContent = target;
	}
	location.replace(address);
}

if (typeof document !== 'undefined') {
	const root = document.querySelector('[data-pages]');
	if (root instanceof HTMLElement) explain(root);
}
