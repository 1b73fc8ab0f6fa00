// A small static server for the prerendered site in build/: what a static host does, and no more.
// Unknown paths get build/404.html with status 404. Like GitHub Pages and most static hosts, it
// neither redirects nor guesses: "/day/3/" and "/DAY/3" are unknown paths, and the 404 page itself
// sends the reader on to the real address. Every response gets the headers build/_headers gives
// its path, as on Netlify or Cloudflare Pages. Usage: node scripts/serve.js [--port N] [--root DIR]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, loadHeaderRules } from './headers.js';

const rootFlag = process.argv.indexOf('--root');
const root =
	rootFlag > 0
		? resolve(process.argv[rootFlag + 1])
		: resolve(fileURLToPath(new URL('..', import.meta.url)), 'build');
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';
// Read once: the build does not change under a running server.
const headerRules = loadHeaderRules(join(root, '_headers'));

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject'
};

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The file a URL path maps to, the way adapter-static lays pages out ("/day/3" -> day/3.html).
 * Pages have one address each: "/day/3.html" and "/index.html" are not pages (404), and "%2F"
 * inside a segment is not a separator.
 */
async function resolveFile(pathname) {
	if (pathname === '/') return join(root, 'index.html');
	// Hosts read _headers, and never serve it.
	if (
		pathname.endsWith('/') ||
		pathname.endsWith('.html') ||
		/^(\/zh)?\/404$/.test(pathname) ||
		pathname === '/_headers'
	)
		return undefined;
	let segments;
	try {
		segments = pathname.slice(1).split('/').map(decodeURIComponent);
	} catch {
		return undefined;
	}
	const bad = (s) => s === '' || s === '.' || s === '..' || /[/\\\0]/.test(s);
	if (segments.some(bad)) return undefined;
	const base = normalize(join(root, ...segments));
	if (!base.startsWith(root + sep)) return undefined;
	if (await isFile(base)) return base;
	if (!extname(base) && (await isFile(`${base}.html`))) return `${base}.html`;
	return undefined;
}

/** The 404 page in the language of the path: build/zh/404.html under /zh, else build/404.html. */
async function notFoundPage(pathname) {
	const chinese = join(root, 'zh', '404.html');
	if ((pathname === '/zh' || pathname.startsWith('/zh/')) && (await isFile(chinese)))
		return chinese;
	return join(root, '404.html');
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const file = await resolveFile(url.pathname);
	const status = file ? 200 : 404;
	const path = file ?? (await notFoundPage(url.pathname));
	if (!file && !(await isFile(path))) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const headers = {
		'content-type': types[extname(path)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		// The rules for the path asked for (a 404 page gets those of the missing path).
		...headersFor(headerRules, url.pathname)
	};
	res.writeHead(status, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
	// With --port 0 the system picks a free port: the line below says which.
	const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(
		`Twelve Days is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}/`
	);
});
