// A small static server for the prerendered site in build/: what a static host does, and no more.
// Unknown paths get build/404.html with status 404. Like GitHub Pages and most static hosts, it
// neither redirects nor guesses: "/day/3/" and "/DAY/3" are unknown paths, and the 404 page itself
// sends the reader on to the real address. Every response gets the headers build/_headers gives
// its path, as on Netlify or Cloudflare Pages, and a file whose copy the browser already has gets a
// 304 (its ETag or modification date matches), as on every static host.
// Usage: node scripts/serve.js [--port N] [--root DIR] [--base /prefix]
// With --base the site is served under that prefix only (a GitHub project page), as built with
// BASE_PATH: /prefix/day/3 is build/day/3.html, /prefix redirects to /prefix/, anything else is a 404.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, loadHeaderRules } from './headers.js';

const rootFlag = process.argv.indexOf('--root');
const root =
	rootFlag > 0
		? resolve(process.argv[rootFlag + 1])
		: resolve(fileURLToPath(new URL('..', import.meta.url)), 'build');
const baseFlag = process.argv.indexOf('--base');
const base = baseFlag > 0 ? process.argv[baseFlag + 1].replace(/\/+$/, '') : '';
// --log prints one JSON line per response (method, path, status, body bytes): bench/second-visit.js
// counts what a visit fetched from the host with it.
const log = process.argv.includes('--log');
// --no-validators sends no ETag or Last-Modified (and so never a 304): a host without them, for comparison.
const validators = !process.argv.includes('--no-validators');
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';
// Any folder can be served (the benchmark serves its peers' pages); a missing one is a missing build.
if (!existsSync(root)) {
	const build = base
		? `BASE_PATH=${base} BUILD_DIR=${relative(process.cwd(), root)} npm run build`
		: 'npm run build';
	console.error(`serve: no site in ${root}: build it first (${build})`);
	process.exit(1);
}
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
	'.csv': 'text/csv; charset=utf-8',
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

/** The site path of a request's path under the prefix ("/prefix/day/3" is "/day/3"), or null outside it. */
function sitePathOf(pathname) {
	if (!base) return pathname;
	return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/** A validator for a file: its size and modification time, as static hosts derive theirs. */
const etagOf = (stats) =>
	`W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

/** Whether the browser's copy (If-None-Match, else If-Modified-Since) is this file's current one. */
function fresh(req, etag, stats) {
	const match = req.headers['if-none-match'];
	if (match) return match.split(/\s*,\s*/).includes(etag);
	const since = Date.parse(req.headers['if-modified-since'] ?? '');
	return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
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
	if (log) {
		let bytes = 0;
		const write = res.write.bind(res);
		// @ts-expect-error: counting the body's chunks as they go out, whatever their overload
		res.write = (chunk, ...rest) => ((bytes += chunk?.length ?? 0), write(chunk, ...rest));
		res.on('finish', () =>
			console.log(
				JSON.stringify({ method: req.method, path: req.url, status: res.statusCode, bytes })
			)
		);
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	// The prefix alone is its root page's address without the slash: hosts redirect it.
	if (base && url.pathname === base) {
		res.writeHead(301, { location: `${base}/${url.search}` }).end();
		return;
	}
	const sitePath = sitePathOf(url.pathname);
	const file = sitePath === null ? undefined : await resolveFile(sitePath);
	const status = file ? 200 : 404;
	const path = file ?? (await notFoundPage(sitePath ?? '/'));
	if (!file && !(await isFile(path))) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const stats = await stat(path);
	const etag = etagOf(stats);
	const headers = {
		'content-type': types[extname(path)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		// The rules for the path asked for (a 404 page gets those of the missing path).
		...headersFor(headerRules, url.pathname),
		...(file && validators ? { etag, 'last-modified': stats.mtime.toUTCString() } : {})
	};
	if (file && validators && fresh(req, etag, stats)) {
		res.writeHead(304, headers).end();
		return;
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
	// With --port 0 the system picks a free port: the line below says which.
	const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(
		`Twelve Days is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${base}/`
	);
});
