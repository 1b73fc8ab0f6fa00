import { EDITIONS } from '$lib/paths/editions';
import type { EntryGenerator } from './$types';

// Prerendered to build/404.html, which static hosts (and `npm start`) serve with status 404
// for any unknown path. It is a plain document: no client router to boot on an unknown URL.
export const csr = false;

/** build/404.html and build/zh/404.html: the server sends the one of the path's language. */
export const entries: EntryGenerator = () => EDITIONS.map(({ lang }) => ({ lang }));
