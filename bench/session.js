// Servers and browser contexts: local static servers for the pages, and fresh contexts (cold cache)
// in which nothing off this machine can be fetched.
import { spawn } from 'node:child_process';
import { installObservers } from './instrument.js';

const root = new URL('..', import.meta.url).pathname;

/** Starts scripts/serve.js on a port (with e.g. ['--root', dir]); resolves once it listens. */
export async function serve(port, args = []) {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port), ...args], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => String(chunk).includes('served at') && resolve());
		server.on('exit', (code) =>
			reject(new Error(`the server on port ${port} exited with ${code}`))
		);
	});
	return server;
}

/** Off-site URLs that pages tried to fetch (they are blocked), over the whole run. */
export const blocked = new Set();

/** A fresh context for a device profile, with the in-page observers installed. */
export async function openContext(browser, device) {
	const { label: _label, ...options } = device;
	const context = await browser.newContext({ ...options, bypassCSP: true });
	await context.route(
		(url) => url.hostname !== '127.0.0.1' && !url.protocol.startsWith('data'),
		(route) => {
			blocked.add(route.request().url());
			return route.abort();
		}
	);
	await context.addInitScript(installObservers);
	return context;
}

/** Puts the target's in-page functions (area, probe, ...) on window.__bench. */
export async function installTarget(page, target) {
	const parts = ['area', 'probe', 'cards', 'scrollEnd']
		.filter((key) => target[key])
		.map((key) => `window.__bench.${key} = ${target[key].toString()};`);
	await page.evaluate(parts.join('\n'));
}

/**
 * Loads the target in a fresh context, waits until it has rendered and its network is idle (so
 * lazily loaded gesture code is bound), and opens a DevTools session on it.
 */
export async function openPage(browser, target, device) {
	const context = await openContext(browser, device);
	const page = await context.newPage();
	await page.goto(target.url, { waitUntil: 'networkidle' });
	await page.locator(target.ready).first().waitFor({ state: 'visible' });
	await installTarget(page, target);
	await page.waitForTimeout(500);
	const cdp = await context.newCDPSession(page);
	return { context, page, cdp };
}
