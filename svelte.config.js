import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The page shell's own inline scripts (the theme, applied before the first paint) are allowed by
// their hashes, computed from app.html itself: editing a script there updates its hash.
const shell = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const shellScripts = [...shell.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, code]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(code).digest('base64')}`
		)
);

// BASE_PATH serves the site under a prefix (a GitHub project page: /twelve-days); BUILD_DIR writes
// the build somewhere other than build/ (the tests build the prefixed site into build-base/).
const base = process.env.BASE_PATH ?? '';
if (base && !/^(\/[\w.-]+)+$/.test(base))
	throw new Error(
		`BASE_PATH must start with "/" and not end with one, e.g. /twelve-days (got "${base}")`
	);
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No version beacon in the bundle (window.__svelte): a few bytes on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true }),
		// Absolute asset paths, so a page served at any depth (the 404 page included) loads its CSS and JS.
		paths: { base, relative: false },
		// The site's CSS goes inside each page: no stylesheet request stands between the
		// HTML and the first paint. The CSP gets a hash for it.
		inlineStyleThreshold: Infinity,
		// Preload the JavaScript without compiling it ahead: modulepreload compiles each module as it
		// arrives, which holds the first paint back; it is compiled when hydration imports it, after
		// that paint (see hooks.client.ts).
		output: { preloadStrategy: 'preload-js' },
		// The offline worker (src/service-worker.ts) is registered by hooks.client.ts: SvelteKit's own
		// registration is a larger inline script on every page.
		serviceWorker: { register: false },
		// Prerendered pages carry this policy in a <meta> tag, with hashes for SvelteKit's own inline
		// scripts and app.html's. Only style attributes may be inline: the timeline positions its markers with them.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...shellScripts],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Absolute URLs in head tags use this origin; set SITE_ORIGIN at build time for a real deployment.
			origin: process.env.SITE_ORIGIN ?? 'https://twelve-days.example',
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
