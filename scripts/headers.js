// The `_headers` file (static/_headers, copied to build/): parsed and applied the way Netlify and
// Cloudflare Pages read it, so that `npm start` serves the same headers as those hosts.
import { readFileSync } from 'node:fs';

/** @typedef {{ path: string, pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * A path pattern as those hosts match it: `*` is anything (slashes included), `:name` one path
 * segment, anything else itself.
 * @param {string} path
 */
function patternOf(path) {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The rules of a `_headers` file, in order. A rule is a path on a line of its own, then its headers
 * indented as `Name: value`; `#` starts a comment. Anything else is an error, not silently skipped:
 * a host would read the file differently from this server.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		const where = `_headers line ${index + 1}`;
		if (!/^\s/.test(line)) {
			if (!line.startsWith('/')) throw new Error(`${where}: a path starts with "/": ${line}`);
			rules.push({ path: line.trim(), pattern: patternOf(line.trim()), headers: [] });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
		if (!header) throw new Error(`${where}: expected "Name: value": ${line.trim()}`);
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: a header before any path`);
		rule.headers.push([header[1], header[2]]);
	}
	return rules;
}

/**
 * The headers a path gets: those of every rule whose path matches, names in lower case. A name
 * set by more than one rule gets its values joined by ", ", as Cloudflare Pages does.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}

/**
 * The rules in a `_headers` file; none if there is no such file.
 * @param {string} file
 * @returns {HeaderRule[]}
 */
export function loadHeaderRules(file) {
	try {
		return parseHeaders(readFileSync(file, 'utf8'));
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
		throw error;
	}
}
