import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { SLIMMED_D3, slimD3 } from './scripts/slim-d3.ts';
import { customMedia } from './scripts/custom-media.ts';

/**
 * Components only one kind of page uses (a day's panel, a key question's): they stay in that
 * route's own chunk instead of joining every page's shared one.
 */
const ONE_ROUTE_ONLY = /[\\/](DayPanel|DayArticle|DayNav|FigureItem|ThemePanel)\.svelte/;

/** Modules imported only when the reader asks for them (a search, a dialog). */
const ON_DEMAND = /[\\/](EmbedDialog|ShortcutsList)\.svelte|[\\/]search[\\/]search\.ts/;

export default defineConfig({
	plugins: [sveltekit(), slimD3()],
	// Dev, server rendering, tests and the build all resolve d3-scale and d3-zoom through Vite, so
	// every one of them gets the same shims (pre-bundling or externalising would skip the plugin).
	optimizeDeps: { exclude: SLIMMED_D3 },
	ssr: { noExternal: SLIMMED_D3 },
	// `@media (--wide)` and the other breakpoints, written once in breakpoints.ts.
	css: { postcss: { plugins: [customMedia()] } },
	build: {
		rolldownOptions: {
			output: {
				// Everything pages need at start-up in one file instead of a dozen small ones, except
				// what one route alone uses (ONE_ROUTE_ONLY: in that route's chunk, -2 KiB on /); the
				// timeline's gesture code imported after hydration (d3-zoom) stays apart.
				codeSplitting: {
					groups: [
						{
							name: 'app',
							test: (id) =>
								/node_modules|[\\/]src[\\/]lib[\\/]/.test(id) && !ONE_ROUTE_ONLY.test(id),
							tags: ['$initial']
						}
					]
				},
				// V8's explicit compile hint: code that runs on load is compiled eagerly, off the main
				// thread, instead of function by function inside the hydration task. Not on chunks that only
				// a reader's action imports (search, dialogs), most of whose functions may never run.
				// (A banner would be stripped by the minifier; a post-banner is added after it.)
				postBanner: (chunk) =>
					chunk.moduleIds.some((id) => ON_DEMAND.test(id)) ? '' : '//# allFunctionsCalledOnLoad'
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node',
		server: { deps: { inline: SLIMMED_D3 } }
	}
});
