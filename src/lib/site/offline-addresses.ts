import type { Locale } from '$lib/content/types';
import { localeOf } from '$lib/paths/editions';
import { withBase, withoutBase } from '$lib/paths/prefix';
import { READING_FILES } from './reading-files-path';

/** The files SvelteKit lists for a service worker ($service-worker), the site's pages and prefix. */
export interface BuildFiles {
	base: string;
	build: readonly string[];
	files: readonly string[];
	/**
	 * Every page's site path, in every language, the 404 pages included (paths/page-paths.ts): the
	 * worker's own list, much shorter than $service-worker's `prerendered` (which also lists every
	 * page's data, the preview images and the embeds), since the worker's script counts on every page.
	 */
	pages: readonly string[];
	/** Those an edition kept whole has (the reading pages and the 404 page, in every language). */
	editions: readonly string[];
}

/**
 * What the offline worker (src/service-worker.ts) reads from a build's files: which addresses are
 * pages, which the pages share, which never change. The build's lists and request URLs are addresses
 * (under the prefix, if the site has one); the rules read site paths ("/og/day-3.png", "/zh/day/3").
 */
export function offlineAddresses({ base, build, files, pages: paths, editions }: BuildFiles) {
	const sitePathOf = (address: string) => withoutBase(address, base);
	const localeAt = (address: string): Locale => localeOf(sitePathOf(address));
	/**
	 * What a reader of the site never opens from it: the preview images (for other sites' link
	 * cards), the embeds (framed by other sites, online), their oEmbed answers and script, and the
	 * files for hosts and crawlers.
	 */
	const notForReading = (address: string) =>
		/^\/(og|oembed)\/|^(\/zh)?\/embed(\/|$)|^\/embed\.js$|^\/(_headers|\.nojekyll|sitemap\.xml|robots\.txt)$/.test(
			sitePathOf(address)
		);
	const isData = (address: string) => address.endsWith('/__data.json');
	/** Every page, by its HTML's address: each edition's pages and 404. */
	const pages = paths.map((path) => withBase(path, base));
	const shared = [...build, ...files.filter((address) => !notForReading(address))];
	return {
		localeAt,
		notForReading,
		isData,
		/** The open data the search reads (kept once the reader has searched: it is not reading). */
		openData: withBase('/days.json', base),
		pages,
		/** Every script and style of the build, and the static files a reader's page uses (the icon). */
		shared,
		/** Where the build lists the scripts and styles the reading pages use. */
		readingFiles: withBase(READING_FILES, base),
		/**
		 * What the reading pages of both editions use (`used`: the build's list at readingFiles): their
		 * scripts and styles, those imported later too (the search, the dialogs), and the icon; not the
		 * embeds' or those of the pages an edition does not hold. Without the list, every one of them.
		 */
		editionShared(used?: readonly string[]) {
			if (!used) return shared;
			const listed = new Set(used.map((file) => withBase(`/${file}`, base)));
			return shared.filter((address) => listed.has(address) || !build.includes(address));
		},
		/** Hashed build output and static files never change within a build: served from the cache first. */
		immutable: new Set([...build, ...files]),
		/**
		 * What keeping an edition downloads: its reading pages and 404 (the table of key figures and
		 * the comparisons of two days, 2.5 MB, are kept as they are opened).
		 */
		editionOf: (locale: Locale) =>
			editions
				.map((path) => withBase(path, base))
				.filter((address) => localeAt(address) === locale),
		/** The page whose data is at an address ending in /__data.json ("/day/3/__data.json": "/day/3"). */
		pageOfData(address: string) {
			const page = address.slice(0, -'/__data.json'.length);
			return page === base ? `${base}/` : page;
		}
	};
}
