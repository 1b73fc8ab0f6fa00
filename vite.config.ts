import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { slimD3Scale } from './scripts/slim-d3-scale.ts';

export default defineConfig({
	plugins: [sveltekit(), slimD3Scale()],
	build: {
		rolldownOptions: {
			output: {
				// Everything every page needs at start-up in one file instead of a dozen small ones;
				// the timeline code imported after hydration (d3-zoom, d3-axis, date-fns) stays apart.
				codeSplitting: {
					groups: [{ name: 'app', test: /node_modules|[\\/]src[\\/]lib[\\/]/, tags: ['$initial'] }]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node',
		// Run d3-scale through Vite so that the tests see the same shims as the browser bundle.
		server: { deps: { inline: ['d3-scale'] } }
	}
});
