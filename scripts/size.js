// Prints the first-load JS and CSS (raw and gzip) of every prerendered page in build/.
// Usage: node scripts/size.js [--json]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../build/', import.meta.url).pathname;

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** JS and CSS a page loads before any interaction: its stylesheets, module preloads and inline scripts. */
export function pageWeight(file) {
	const html = readFileSync(file, 'utf8');
	const assets = new Set();
	for (const match of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) assets.add(match[1]);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) assets.add(match[1]);
	const weight = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
	for (const href of assets) {
		const buffer = readFileSync(join(root, href));
		const kind = href.endsWith('.css') ? 'css' : 'js';
		weight[kind] += buffer.length;
		weight[`${kind}Gzip`] += gzip(buffer);
	}
	for (const match of html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)) {
		const buffer = Buffer.from(match[1]);
		weight.js += buffer.length;
		weight.jsGzip += gzip(buffer);
	}
	return weight;
}

export function allPages() {
	return htmlFiles(root)
		.map((file) => ({
			page: '/' + relative(root, file).replace(/(index)?\.html$/, ''),
			...pageWeight(file)
		}))
		.sort((a, b) => a.page.localeCompare(b.page, 'en', { numeric: true }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const pages = allPages();
	if (process.argv.includes('--json')) console.log(JSON.stringify(pages, null, 2));
	else {
		const kb = (n) => (n / 1024).toFixed(1).padStart(6);
		console.log('page          JS raw   JS gz  CSS raw  CSS gz  total gz  (KiB)');
		for (const p of pages) {
			console.log(
				`${p.page.padEnd(12)} ${kb(p.js)} ${kb(p.jsGzip)} ${kb(p.css)} ${kb(p.cssGzip)}   ${kb(p.jsGzip + p.cssGzip)}`
			);
		}
	}
}
