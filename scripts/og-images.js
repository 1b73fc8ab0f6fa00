// Draws the 1200x630 preview cards (Open Graph / Twitter) into static/og/ with Chromium.
// Run after changing a day's title, summary or headline figure: `node scripts/og-images.js`.
// The PNGs are committed, so building the site needs no browser.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { loadModules } from './load-modules.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = `${root}static/og`;
const escape = (text) =>
	String(text).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
	);

// The site's design tokens (colours, and each category's colour for [data-category]), in the light theme.
const tokens = readFileSync(`${root}src/app.css`, 'utf8');
const style = `
	:root { color-scheme: light; line-height: normal; }
	* { box-sizing: border-box; margin: 0; }
	body { width: 1200px; height: 630px; font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: var(--text); background: var(--page); }
	.card { position: relative; width: 1200px; height: 630px; padding: 64px 72px; background: var(--surface); border-left: 28px solid var(--category-color, var(--text)); display: flex; flex-direction: column; }
	.eyebrow { font-size: 30px; color: var(--muted); font-weight: 700; display: flex; gap: 20px; align-items: center; }
	.badge { color: var(--on-category); background: var(--category-color); border-radius: 999px; padding: 4px 18px; font-size: 24px; }
	h1 { font-size: 68px; line-height: 1.1; margin-top: 28px; letter-spacing: -1px; }
	p.summary { font-size: 30px; line-height: 1.4; color: #2b3138; margin-top: 24px; max-width: 1000px; }
	.figure { margin-top: auto; font-size: 28px; color: var(--muted); max-width: 740px; line-height: 1.3; }
	.figure strong { font-size: 52px; color: var(--text); }
	.site { position: absolute; right: 72px; bottom: 56px; font-size: 28px; font-weight: 800; display: flex; gap: 14px; align-items: center; }
	.mark { background: var(--text); color: var(--surface); border-radius: 10px; width: 48px; height: 48px; display: grid; place-items: center; font-size: 22px; }
	.dots { display: flex; gap: 22px; margin-top: auto; margin-bottom: 60px; }
	.dot { width: 62px; height: 62px; border-radius: 50%; color: var(--on-category); background: var(--category-color); font-size: 26px; font-weight: 700; display: grid; place-items: center; }
`;

const site = `<div class="site"><span class="mark">12</span>Twelve Days</div>`;

function dayCard(day, dateText) {
	const figure = day.figures.find((f) => f.id === day.headlineFigure);
	const value = figure && (figure.display ? figure.display.en : String(figure.value));
	const tight = figure && /^[%×]/.test(figure.unit.en);
	return `<div class="card" data-category="${day.category}">
		<p class="eyebrow">Day ${day.number} of 12 · ${escape(dateText)} <span class="badge">${escape(en.categories[day.category])}</span></p>
		<h1>${escape(day.title.en)}</h1>
		<p class="summary">${escape(day.summary.en)}</p>
		${figure ? `<p class="figure"><strong>${escape(value)}${tight ? '' : ' '}</strong>${escape(figure.unit.en)} · ${escape(figure.label.en)}</p>` : ''}
		${site}
	</div>`;
}

function overviewCard(days) {
	const dots = days
		.map((d) => `<span class="dot" data-category="${d.category}">${d.number}</span>`)
		.join('');
	return `<div class="card">
		<p class="eyebrow">5–20 December 2024</p>
		<h1>OpenAI’s twelve days of releases</h1>
		<p class="summary">What shipped each day, the figures behind it, and what people in the industry made of it.</p>
		<div class="dots">${dots}</div>
		${site}
	</div>`;
}

const [{ days }, { formatLongDate }, { en }] = await loadModules(
	'/src/lib/content/index.ts',
	'/src/lib/i18n/format.ts',
	'/src/lib/i18n/strings.ts'
);
{
	const executablePath = [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome'
	].find(existsSync);
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-background-networking']
	});
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
	mkdirSync(outDir, { recursive: true });
	const render = async (body, file) => {
		await page.setContent(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${tokens}${style}</style></head><body>${body}</body></html>`
		);
		await page.screenshot({ path: `${outDir}/${file}`, type: 'png' });
		console.log(`wrote static/og/${file}`);
	};
	await render(overviewCard(days), 'overview.png');
	for (const day of days)
		await render(dayCard(day, formatLongDate(day.date, 'en')), `day-${day.number}.png`);
	await browser.close();
}
