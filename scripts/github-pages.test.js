import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPagesIntoFolders } from './github-pages.js';

describe('preparing the build for GitHub Pages', () => {
	it('copies a page into the folder of the same name, and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pages-'));
		mkdirSync(join(dir, 'day', '3'), { recursive: true });
		mkdirSync(join(dir, '_app', 'x'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), 'overview');
		writeFileSync(join(dir, 'day', '3.html'), 'day 3');
		writeFileSync(join(dir, 'day', '3', '__data.json'), '{}');
		writeFileSync(join(dir, 'day', '4.html'), 'day 4');
		writeFileSync(join(dir, '_app', 'x.html'), 'not a page');

		expect(copyPagesIntoFolders(dir)).toEqual([join(dir, 'day', '3', 'index.html')]);
		expect(readFileSync(join(dir, 'day', '3', 'index.html'), 'utf8')).toBe('day 3');
		expect(existsSync(join(dir, 'day', '4', 'index.html'))).toBe(false);
		expect(existsSync(join(dir, '_app', 'x', 'index.html'))).toBe(false);
		// Run twice, it changes nothing more.
		expect(copyPagesIntoFolders(dir)).toEqual([]);
	});
});
