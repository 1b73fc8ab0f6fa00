import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** A private copy of the built site on its own static server (scripts/serve.js), which a test may change or stop. */
export interface StaticSite {
	origin: string;
	/** Rewrites a file of the copy (a path under build/, e.g. "404.html"). */
	edit(file: string, change: (text: string) => string): Promise<void>;
	/** Stops serving: every request to the site fails, as with no network. */
	stop(): Promise<void>;
	/** The addresses (path and query) of every response the server has sent, in order. */
	served: string[];
}

/** Copies build/ and serves the copy on a free port; `close` stops the server and removes the copy. */
export async function startSite(): Promise<StaticSite & { close(): Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'twelve-days-site-'));
	await cp(join(root, 'build'), dir, { recursive: true });
	// --log: one JSON line per response sent (scripts/serve.js).
	const server = spawn(
		process.execPath,
		['scripts/serve.js', '--port', '0', '--root', dir, '--log'],
		{ cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	const served: string[] = [];
	let pending = '';
	const origin = await new Promise<string>((resolve, reject) => {
		server.stdout.on('data', (chunk) => {
			const lines = (pending + String(chunk)).split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) {
				const listening = /served at (http:\/\/[^/\s]+)/.exec(line);
				if (listening) resolve(listening[1]!);
				else if (line.startsWith('{')) served.push((JSON.parse(line) as { path: string }).path);
			}
		});
		server.once('exit', (code) => reject(new Error(`the site's server exited with ${code}`)));
	});
	const stop = async () => {
		if (server.exitCode === null && server.signalCode === null) server.kill();
		await exited;
	};
	return {
		origin,
		async edit(file, change) {
			const path = join(dir, file);
			await writeFile(path, change(await readFile(path, 'utf8')));
		},
		stop,
		served,
		async close() {
			await stop();
			await rm(dir, { recursive: true, force: true });
		}
	};
}
