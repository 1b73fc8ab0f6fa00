// Fails when any built page's first-load JS + CSS (gzip) exceeds the budget in budget.json.
import { readFileSync } from 'node:fs';
import { allPages } from './size.js';

const { firstLoadKiB } = JSON.parse(
	readFileSync(new URL('../budget.json', import.meta.url), 'utf8')
);
const limit = firstLoadKiB * 1024;
const pages = allPages();
if (pages.length === 0) {
	console.error('budget: no pages in build/; run `npm run build` first');
	process.exit(1);
}
let over = 0;
for (const p of pages) {
	const total = p.jsGzip + p.cssGzip;
	const flag = total > limit ? '  OVER BUDGET' : '';
	if (flag) over++;
	console.log(
		`${p.page.padEnd(10)} ${(total / 1024).toFixed(1).padStart(6)} KiB (JS ${(p.jsGzip / 1024).toFixed(1)}, CSS ${(p.cssGzip / 1024).toFixed(1)})${flag}`
	);
}
console.log(
	`budget: ${firstLoadKiB} KiB first-load JS + CSS (gzip) per page; ${over === 0 ? 'all pages within it' : `${over} page(s) over`}`
);
process.exit(over === 0 ? 0 : 1);
