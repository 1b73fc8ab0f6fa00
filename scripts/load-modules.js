// Loads the site's own TypeScript modules (content, formatters) into a Node script, through Vite.
import { createServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;

/** Imports each path (e.g. '/src/lib/content/index.ts') and returns their modules, in order. */
export async function loadModules(...paths) {
	// SvelteKit's Vite plugin reads svelte.config.js from the working directory.
	process.chdir(root);
	const vite = await createServer({
		root,
		server: { middlewareMode: true },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		return await Promise.all(paths.map((path) => vite.ssrLoadModule(path)));
	} finally {
		await vite.close();
	}
}
