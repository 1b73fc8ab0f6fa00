import { base } from '$app/paths';
import type { Locale } from '$lib/content/types';
import { localeOf } from './editions';
import { withBase, withoutBase } from './prefix';

// Every address the site writes goes through here: the site may be served under a prefix
// (BASE_PATH=/twelve-days, SvelteKit's paths.base), and its pages, files and links move with it.
// Everything else deals in site paths without the prefix ("/day/3", "/zh", "/days.json").

/** The address of a site path: "/day/3" is "/twelve-days/day/3" under that prefix (and "/" is "/twelve-days/"). */
export const sitePath = (path: string): string => withBase(path, base);

/** The absolute URL of a site path, for head tags, the sitemap, embed codes and oEmbed. */
export const siteUrl = (path: string, origin: string): string =>
	new URL(sitePath(path), origin).href;

/** The site path of an address: "/twelve-days/zh/day/3" is "/zh/day/3". */
export const pathOf = (url: URL): string => withoutBase(url.pathname, base);

/** The language of the page at a URL. */
export const localeAt = (url: URL): Locale => localeOf(pathOf(url));
