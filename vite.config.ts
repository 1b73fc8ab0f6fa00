import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { slimD3Scale } from './scripts/slim-d3-scale';

export default defineConfig({
	plugins: [sveltekit(), slimD3Scale()],
	test: {
		include: ['src/**/*.test.ts'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node',
		// Run d3-scale through Vite so that the tests see the same shims as the browser bundle.
		server: { deps: { inline: ['d3-scale'] } }
	}
});
