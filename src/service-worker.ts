/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, version } from '$service-worker';
import type { Locale } from '$lib/content/types';
import { localePath } from '$lib/paths/editions';
import { EVERY_PAGE, READING_PATHS, inEveryEdition } from '$lib/paths/page-paths';
import { withBase } from '$lib/paths/prefix';
import { offlineAddresses } from '$lib/site/offline-addresses';
import type { OfflineMessage, OfflineState } from '$lib/site/offline';

// Keeps the site readable offline, in one cache per build. lib/site/offline-reading.ts registers it;
// each build is a new worker, which replaces the last on the next visit.
// - Installing, it keeps what the page that registered it has already downloaded (from the browser's
//   HTTP cache: no request), and nothing else.
// - Asked by a page (offline-reading.ts: on its own unless the reader saves data; and when the
//   reader asks for an edition), it keeps an edition: the reading pages of one language (the overview,
//   the days, the key questions, the verdict) and its 404 page, with the scripts and styles they
//   use. Not the table of key figures or the comparisons (kept once opened), the preview images, the
//   embeds or the other language, and each page in one form: its HTML, which a load or a reload needs (moving between pages, SvelteKit asks for a
//   page's data; offline and without it, it loads the page's HTML instead).
// - What the reader opens is kept as they open it (pages, data, scripts, the open data once searched).
// (Its own script is fetched by each page: see scripts/check-budget.js.)

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `offline-${version}`;
/** Where the worker notes the editions it keeps whole, which the next build's worker keeps too. */
const KEPT = `${withBase('/service-worker.js', base)}?editions`;
const EDITIONS: Locale[] = ['en', 'zh'];

const {
	localeAt,
	notForReading,
	isData,
	openData,
	pages,
	shared,
	readingFiles,
	editionShared,
	immutable,
	editionOf,
	pageOfData
} = offlineAddresses({
	base,
	build,
	files,
	pages: [...EVERY_PAGE, ...inEveryEdition(['/404'])],
	editions: inEveryEdition([...READING_PATHS, '/404'])
});

/**
 * Whether a response belongs to this build: a page (HTML) names the build's scripts and styles, and
 * must name this build's only, so that a page kept here never mixes builds.
 */
async function ofThisBuild(response: Response) {
	if (!response.headers.get('content-type')?.startsWith('text/html')) return true;
	const named = (await response.clone().text()).match(/\/_app\/immutable\/[\w./-]+/g) ?? [];
	return named.length > 0 && named.every((path) => immutable.has(withBase(path, base)));
}

/** Once a page from a newer build has been seen, nothing more is kept here: the next worker will. */
let superseded = false;

/** Keeps a response under its address if it is of this build. */
async function keep(cache: Cache, address: string, response: Response) {
	if (superseded || !(await ofThisBuild(response))) {
		superseded ||= response.ok && response.headers.get('content-type')?.startsWith('text/html');
		return;
	}
	await cache.put(address, response);
}

/** How many files the worker fetches at once: a few, so that it never crowds the page it serves. */
const AT_ONCE = 4;

/**
 * Keeps the files at these addresses, those not kept yet, answered as the host did (the not-found
 * pages, /404 and /zh/404, come with a 404). From the network (through the HTTP cache, which holds
 * the hashed files a page has loaded), failing on a file it cannot get; or with `only-if-cached`
 * from the HTTP cache alone, skipping what it does not hold.
 */
async function store(cache: Cache, addresses: string[], from?: 'only-if-cached') {
	const queue = [...new Set(addresses)];
	const next = async (): Promise<void> => {
		const address = queue.shift();
		if (address === undefined) return;
		if (!(await cache.match(address))) {
			const response = from
				? await fetch(address, { cache: from, mode: 'same-origin' }).catch(() => undefined)
				: await fetch(address);
			const expected = response?.ok || (response?.status === 404 && address.endsWith('/404'));
			if (!from && !expected) throw new Error(`${address}: ${response?.status}`);
			if (!from && !(await ofThisBuild(response!))) throw new Error(`${address}: another build`);
			if (expected) await keep(cache, address, response!);
		}
		return next();
	};
	await Promise.all(Array.from({ length: AT_ONCE }, next));
}

/** The scripts and styles an edition keeps: the build's list (revalidated), or all without it. */
async function editionFiles(): Promise<string[]> {
	const list = await fetch(readingFiles, { cache: 'no-cache' }).catch(() => undefined);
	return editionShared(list?.ok ? ((await list.json()) as string[]) : undefined);
}

/** The editions kept whole (a JSON list of locales): in a cache, or in any (a previous build's). */
async function kept(from: Cache | CacheStorage = caches): Promise<Locale[]> {
	return (await (await from.match(KEPT))?.json()) ?? [];
}
const note = (cache: Cache, editions: Locale[]) =>
	cache.put(KEPT, new Response(JSON.stringify(editions)));

/** The reader's data choice, as the worker's own browser reports it (Network Information API). */
const savingData = () =>
	(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Keeping editions: one request at a time, in the order they came. */
let keeping: Promise<unknown> = Promise.resolve();

/**
 * Keeps an edition whole (`ifNone`: only if none is kept yet), then says what is kept; `ok` is
 * false when the network failed on the way (what was fetched stays, and a later request completes it).
 */
function keepEdition(locale: Locale, ifNone: boolean): Promise<OfflineState> {
	const done = keeping.then(async () => {
		const cache = await caches.open(CACHE);
		const editions = await kept(cache);
		if (editions.includes(locale) || (ifNone && editions.length))
			return { kept: editions, ok: true };
		try {
			await store(cache, [...(await editionFiles()), ...editionOf(locale)]);
		} catch {
			return { kept: editions, ok: false };
		}
		const now = EDITIONS.filter((edition) => edition === locale || editions.includes(edition));
		await note(cache, now);
		return { kept: now, ok: true };
	});
	keeping = done;
	return done;
}

worker.addEventListener('message', (event) => {
	const message = event.data as OfflineMessage;
	const answer = event.ports[0];
	if (!answer) return;
	const reply =
		message.type === 'keep'
			? keepEdition(message.locale, message.ifNone)
			: keeping.then(async () => ({ kept: await kept(await caches.open(CACHE)) }));
	event.waitUntil(reply.then((state) => answer.postMessage(state)));
});

worker.addEventListener('install', (event) =>
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// What the page that registered this worker has downloaded, from the browser's HTTP cache.
			for (const { url } of await worker.clients.matchAll({ includeUncontrolled: true })) {
				const { pathname } = new URL(url);
				const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(
					() => undefined
				);
				if (pages.includes(pathname) && response?.ok) await keep(cache, pathname, response);
			}
			await store(cache, shared, 'only-if-cached');
			// The editions the reader kept with the last build are kept with this one before it takes
			// over, unless they now save data (what they open is kept, and an edition once they ask).
			const editions = savingData() ? [] : await kept();
			if (editions.length)
				await store(cache, [...(await editionFiles()), ...editions.flatMap(editionOf)]);
			await note(cache, editions);
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

/** This build's not-found page for an address: in its language if that one is kept, else the other. */
async function notFound(cache: Cache, address: string) {
	const first = localeAt(address);
	for (const locale of [first, ...EDITIONS.filter((other) => other !== first)]) {
		const page = await cache.match(withBase(localePath('/404', locale), base));
		if (page) return page;
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	const address = url.pathname;
	const page = request.mode === 'navigate';
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	if (immutable.has(address)) {
		if (notForReading(address)) return;
		// Cache first; what is fetched is kept (a script the reader's page imports).
		event.respondWith(
			caches.open(CACHE).then(async (cache) => {
				const cached = await cache.match(address);
				if (cached) return cached;
				const response = await fetch(request);
				if (response.ok) event.waitUntil(keep(cache, address, response.clone()));
				return response;
			})
		);
		return;
	}
	const known = pages.includes(address);
	const data = isData(address) && pages.includes(pageOfData(address));
	if (!page && !known && !data && address !== openData) return;
	// Pages and data: the network first, so a new build shows at once, and what the reader opens is
	// kept; offline, the copy kept, or else the not-found page (which says whether the address is
	// unknown or the reader is offline).
	event.respondWith(
		caches.open(CACHE).then(async (cache) => {
			try {
				const response = await fetch(request);
				if (response.ok && (known || data || address === openData))
					event.waitUntil(keep(cache, address, response.clone()));
				return response;
			} catch (error) {
				const kept = await cache.match(address);
				if (kept) return kept;
				// A page offline and not kept: the not-found page, whose script then says the reader is
				// offline (lib/site/not-found.js), with the status a server out of reach would give; an
				// address the site does not have: the same page, saying so, as a 404.
				const missing = page && (await notFound(cache, address));
				if (missing && known)
					return new Response(missing.body, { status: 503, headers: missing.headers });
				if (missing) return missing;
				// A page's data not kept: SvelteKit then loads the page itself (kept or not).
				if (data) return new Response(null, { status: 503, statusText: 'Offline' });
				throw error;
			}
		})
	);
});
