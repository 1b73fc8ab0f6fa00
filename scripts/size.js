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

/**
 * The JS and CSS files a page's HTML names for the browser to fetch (stylesheets, module preloads,
 * imports), as written. Not the disabled stylesheet links SvelteKit keeps beside the CSS it inlines:
 * they are never fetched.
 */
export function namedFiles(html) {
	const files = new Set();
	for (const [link, href] of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"[^>]*>/g))
		if (!/\sdisabled[\s>]/.test(link)) files.add(href);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) files.add(match[1]);
	return [...files];
}

/** The page's inline scripts and styles, each kind joined into one text. */
export function inlineCode(html) {
	const all = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]).join('');
	return {
		js: all(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g),
		css: all(/<style[^>]*>([\s\S]*?)<\/style>/g)
	};
}

/** JS and CSS a page loads before any interaction: the files it names and its inline code. */
export function pageWeight(file) {
	const html = readFileSync(file, 'utf8');
	const weight = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
	const add = (kind, buffer) => {
		weight[kind] += buffer.length;
		weight[`${kind}Gzip`] += gzip(buffer);
	};
	for (const href of namedFiles(html))
		add(href.endsWith('.css') ? 'css' : 'js', readFileSync(join(root, href)));
	const inline = inlineCode(html);
	for (const kind of ['js', 'css']) if (inline[kind]) add(kind, Buffer.from(inline[kind]));
	return weight;
}

export function allPages() {
	return htmlFiles(root)
		.map((file) => ({
			page: '/' + relative(root, file).replace(/(index)?\.html$/, ''),
			file,
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
