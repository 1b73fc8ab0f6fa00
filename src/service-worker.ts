/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { localeOf } from '$lib/paths/editions';
import { withBase, withoutBase } from '$lib/paths/prefix';
import { localePath } from '$lib/paths/editions';

// Keeps the site readable offline after one visit: every page and data file of this build, its
// scripts and styles, and the preview images of the languages being read, in one cache per build.
// hooks.client.ts registers it; each build is a new worker, which replaces the last on the next visit.
// (Every byte here is fetched by each page's first load: see scripts/check-budget.js.)

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `offline-${version}`;
/** Served from the cache first: hashed build output never changes, and static files go with it. */
const assets = new Set([...build, ...files]);

// The lists above, and request URLs, are addresses (under the site's prefix, if it has one); the
// rules below read site paths ("/og/day-3.png", "/zh/day/3").
const sitePathOf = (address: string) => withoutBase(address, base);
/** The language of a page's address. */
const localeAt = (address: string) => localeOf(sitePathOf(address));

/** The language of a preview image: /og/day-3.png is English, /og/zh/day-3.png Chinese. */
function previewLocale(address: string) {
	const path = sitePathOf(address);
	return path.startsWith('/og/') ? (path.split('/')[3] ? path.split('/')[2] : 'en') : undefined;
}
const previews = (locale: string) => files.filter((address) => previewLocale(address) === locale);
/**
 * What a reader of the site never opens from it: the embeds (framed by other sites, online), their
 * oEmbed answers and script, and the host's files. Not kept offline.
 */
const forOthers = (address: string) =>
	/^(\/zh)?\/embed(\/|$)|^\/oembed\/|^\/embed\.js$|^\/_headers$|^\/\.nojekyll$/.test(
		sitePathOf(address)
	);

/** How many files the worker fetches at once: a few, so that it never crowds the page it serves. */
const AT_ONCE = 4;

/** Caches what it is given, answering as the host did: its not-found page at /404 comes with a 404. */
async function store(cache: Cache, paths: string[]) {
	const queue = [...paths];
	const next = async (): Promise<void> => {
		const path = queue.shift();
		if (path === undefined) return;
		if (!(await cache.match(path))) {
			const response = await fetch(path);
			if (!response.ok && response.status !== 404) throw new Error(`${path}: ${response.status}`);
			await cache.put(path, response);
		}
		return next();
	};
	await Promise.all(Array.from({ length: AT_ONCE }, next));
}

worker.addEventListener('install', (event) =>
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// The pages open now (the one that registered this worker among them) say what language is read.
			const open = await worker.clients.matchAll({ includeUncontrolled: true });
			const locales = new Set(open.map((page) => localeAt(new URL(page.url).pathname)));
			await store(cache, [
				...build,
				...files.filter((path) => !previewLocale(path) && !forOthers(path)),
				...prerendered.filter((path) => !forOthers(path)),
				...[...locales].flatMap(previews)
			]);
			// Take over at once: pages come from the network first, so an open page loses nothing.
			await worker.skipWaiting();
		})()
	)
);

worker.addEventListener('activate', (event) =>
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
			await worker.clients.claim();
		})()
	)
);

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	const page = request.mode === 'navigate';
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(
		caches.open(CACHE).then(async (cache) => {
			if (assets.has(url.pathname)) return (await cache.match(url.pathname)) ?? fetch(request);
			// A page read in another language brings that language's preview images.
			if (page) event.waitUntil(store(cache, previews(localeAt(url.pathname))));
			// Pages and data: the network first, so a new build shows at once; offline, this build's copy,
			// or for an address it does not have, its not-found page.
			return fetch(request).catch(
				async (error) =>
					(await cache.match(url.pathname)) ||
					(page &&
						(await cache.match(withBase(localePath('/404', localeAt(url.pathname)), base)))) ||
					(page && (await cache.match(withBase('/404', base)))) ||
					Promise.reject(error)
			);
		})
	);
});
