// The 404 page's only script, shipped as written (see NotFound.svelte): kept small.

/**
 * The site path of an address under the site's prefix (letter case aside), or null outside it.
 * @param {string} pathname
 * @param {string} base the prefix ("" or "/twelve-days")
 */
function sitePathOf(pathname, base) {
	if (!base) return pathname;
	const lower = pathname.toLowerCase();
	const prefix = base.toLowerCase();
	if (lower === prefix) return '/';
	return lower.startsWith(`${prefix}/`) ? pathname.slice(base.length) : null;
}

/**
 * The address of the page a near miss of an address means (lower case, no trailing slash), or null.
 * @param {string} pathname
 * @param {readonly string[]} pages every page's site path ("/day/3", "/zh")
 * @param {string} [base] the prefix the site is served under ("" or "/twelve-days")
 */
export function meantPage(pathname, pages, base = '') {
	const asked = sitePathOf(pathname, base);
	if (asked === null) return null;
	let path = asked.toLowerCase().replace(/\/+$/, '') || '/';
	// Two days the other way round: "/compare/12-1" is "/compare/1-12".
	const pair = /^(.*\/compare\/)(\d+)-(\d+)$/.exec(path);
	if (pair && Number(pair[2]) > Number(pair[3])) path = `${pair[1]}${pair[3]}-${pair[2]}`;
	const address = base + path;
	return address !== pathname && pages.includes(path) ? address : null;
}

/**
 * Whether an address asks for a day that is not one of the twelve ("/day/13", "/zh/day/abc").
 * @param {string} pathname
 * @param {string} [base]
 */
export const asksForDay = (pathname, base = '') =>
	/^(?:\/zh)?\/day\/[^/]+\/*$/i.test(sitePathOf(pathname, base) ?? '');

/**
 * Why this page answers an address: "moved" (a near miss), "day" (not one of the twelve),
 * "offline" (a page of the site, which only the offline worker answers so) or "unknown".
 * @param {string} pathname
 * @param {readonly string[]} pages
 * @param {string} [base]
 */
export function reasonFor(pathname, pages, base = '') {
	if (meantPage(pathname, pages, base)) return 'moved';
	if (pages.includes(sitePathOf(pathname, base) ?? '')) return 'offline';
	return asksForDay(pathname, base) ? 'day' : 'unknown';
}

/** @param {HTMLElement} root the 404 page's content, with every page's path in data-pages */
function explain(root) {
	const { base = '', offlineTitle } = root.dataset;
	const pages = JSON.parse(root.dataset.pages ?? '[]');
	const reason = reasonFor(location.pathname, pages, base);
	for (const element of root.querySelectorAll('[data-reason]')) {
		if (element instanceof HTMLElement)
			element.hidden = !(element.dataset.reason ?? '').split(' ').includes(reason);
	}
	if (reason === 'offline' && offlineTitle) document.title = offlineTitle;
	const target = reason === 'moved' && meantPage(location.pathname, pages, base);
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
