// A script-less copy of the build: every <script> element (inline or not) and every
// <link rel="modulepreload"> removed from its HTML files. Its first paint is the floor that the
// real pages' first paint is compared with.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const MODULEPRELOAD = /<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>/gi;

export const stripScripts = (html) => html.replace(SCRIPT, '').replace(MODULEPRELOAD, '');

function* htmlFiles(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/** Copies `from` (build/) to `to` without scripts; returns how many HTML files were stripped. */
export function makeScriptless(from, to) {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	let count = 0;
	for (const file of htmlFiles(to)) {
		writeFileSync(file, stripScripts(readFileSync(file, 'utf8')));
		count++;
	}
	return count;
}
