// A gzip-compressing proxy in front of scripts/serve.js, for Lighthouse: a static host compresses
// HTML, JS and CSS, and Lighthouse's simulated slow network would otherwise charge the page for
// bytes no reader downloads. Everything else (status, headers, paths) passes through unchanged.
// bench/offline-bytes.js also counts what crosses it: `observe` hears of every response sent.
import { request, createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;

/**
 * Starts the proxy on `port`, forwarding to 127.0.0.1:`target`; resolves to the server.
 * `observe`, if given, is called once per response with { path, status, bytes (the body as sent,
 * compressed or not), arrived (Date.now() when the request came in), headers (the request's) }.
 */
export function startGzipProxy(port, target, observe) {
	const server = createServer((req, res) => {
		const arrived = Date.now();
		const upstream = request(
			{ host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
			(up) => {
				const chunks = [];
				up.on('data', (chunk) => chunks.push(chunk));
				up.on('end', () => {
					const headers = { ...up.headers };
					let body = Buffer.concat(chunks);
					const gzip =
						/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
						COMPRESSIBLE.test(headers['content-type'] ?? '') &&
						body.length > 0;
					if (gzip) {
						body = gzipSync(body, { level: 9 });
						headers['content-encoding'] = 'gzip';
						headers.vary = 'accept-encoding';
					}
					delete headers['transfer-encoding'];
					headers['content-length'] = String(body.length);
					res.writeHead(up.statusCode ?? 502, headers);
					res.end(req.method === 'HEAD' ? undefined : body);
					observe?.({
						path: req.url ?? '/',
						status: up.statusCode ?? 502,
						bytes: req.method === 'HEAD' ? 0 : body.length,
						arrived,
						headers: req.headers
					});
				});
			}
		);
		upstream.on('error', () => res.writeHead(502).end());
		req.pipe(upstream);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
