// Prepares build/ for GitHub Pages (run by .github/workflows/pages.yml after the build).
// A page such as /day/3 is build/day/3.html, and beside it is a folder build/day/3/ (the page's
// data for client-side navigation, __data.json). GitHub Pages answers an address that names a
// folder with a redirect to that folder (/day/3 -> /day/3/), where there is no page. So each page
// that has such a folder gets a copy inside it as index.html: the redirected address shows the
// page, and the router then writes the address back without the slash.
// Usage: node scripts/github-pages.js [DIR] (default build/)
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Copies every X.html that has a folder X/ to X/index.html; returns the copies made.
 * @param {string} dir
 * @returns {string[]}
 */
export function copyPagesIntoFolders(dir) {
	/** @type {string[]} */
	const made = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== '_app') made.push(...copyPagesIntoFolders(path));
			continue;
		}
		if (!name.endsWith('.html')) continue;
		const folder = path.slice(0, -'.html'.length);
		const index = join(folder, 'index.html');
		if (existsSync(folder) && statSync(folder).isDirectory() && !existsSync(index)) {
			copyFileSync(path, index);
			made.push(index);
		}
	}
	return made;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? 'build');
	const made = copyPagesIntoFolders(dir);
	console.log(`github-pages: ${made.length} pages copied into their folders in ${dir}`);
}
