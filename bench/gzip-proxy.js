// A gzip-compressing proxy in front of scripts/serve.js, for Lighthouse: a static host compresses
// HTML, JS and CSS, and Lighthouse's simulated slow network would otherwise charge the page for
// bytes no reader downloads. Everything else (status, headers, paths) passes through unchanged.
import { request, createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;

/** Starts the proxy on `port`, forwarding to 127.0.0.1:`target`; resolves to the server. */
export function startGzipProxy(port, target) {
	const server = createServer((req, res) => {
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
