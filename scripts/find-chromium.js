// Finds the Chromium that tests, the budget check and the benchmark drive: a system one if there
// is one (machines here have no browser download), else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/**
 * A system Chromium if there is one, else Playwright's own (executablePath undefined); stops with
 * one line of help when neither exists.
 * @returns {{ executablePath: string | undefined }}
 */
export function findChromium() {
	const system = SYSTEM_CHROMIUMS.find((path) => !!path && existsSync(path));
	if (system) return { executablePath: system };
	let bundled;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled)) return { executablePath: undefined };
	console.error(
		'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`), run `npx playwright install chromium`, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
