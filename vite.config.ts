import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { SLIMMED_D3, slimD3 } from './scripts/slim-d3.ts';
import { customMedia } from './scripts/custom-media.ts';
import { readingFilesList } from './scripts/reading-files.ts';

export default defineConfig({
	plugins: [sveltekit(), slimD3(), readingFilesList()],
	// Dev, server rendering, tests and the build all resolve d3-scale through Vite, so every one of
	// them gets the same shims (pre-bundling or externalising would skip the plugin).
	optimizeDeps: { exclude: SLIMMED_D3 },
	ssr: { noExternal: SLIMMED_D3 },
	// `@media (--wide)` and the other breakpoints, written once in breakpoints.ts.
	css: { postcss: { plugins: [customMedia()] } },
	build: {
		rolldownOptions: {
			output: {
				// V8's explicit compile hint: a chunk's code is compiled eagerly, off the main thread, as it
				// arrives, instead of function by function when first called (inside the hydration task,
				// for the code that runs on load). A banner would be stripped by the minifier; a post-banner
				// is added after it.
				postBanner: '//# allFunctionsCalledOnLoad'
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.{js,ts}'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node',
		server: { deps: { inline: SLIMMED_D3 } }
	}
});
