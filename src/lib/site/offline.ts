import type { Locale } from '$lib/content/types';

// What the pages and the offline worker (src/service-worker.ts) say to each other, and what keeping
// an edition offline downloads.

/** A page's request to the worker: keep an edition (`ifNone`: only if none is kept yet), or say what it keeps. */
export type OfflineMessage = { type: 'keep'; locale: Locale; ifNone: boolean } | { type: 'state' };

/** The worker's answer: the editions it keeps whole; after a `keep`, whether the network allowed it. */
export interface OfflineState {
	kept: Locale[];
	ok?: boolean;
}

/**
 * What keeping an edition downloads on a host that compresses text (KiB, gzip): its reading pages
 * and 404 page, and the scripts, styles and icon both editions share (downloaded with the first one
 * kept). The note says them to the nearest 10 KB; tests/offline.spec.ts checks them against the build.
 */
export const OFFLINE_KIB = { pages: { en: 340, zh: 370 }, shared: 96 };
