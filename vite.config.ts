import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node'
	}
});
