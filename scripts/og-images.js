// Draws the 1200x630 preview cards (Open Graph / Twitter) into static/og/ (English) and
// static/og/zh/ (Chinese) with Chromium. Run after changing a day's title, summary or headline
// figure: `node scripts/og-images.js`. The Chinese cards need a CJK font on the machine (Debian:
// fonts-noto-cjk); the script stops if Chinese text would be drawn as empty boxes. The PNGs are
// committed, so building the site needs neither a browser nor a font.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { loadModules } from './load-modules.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = `${root}static/og`;
// The site's design tokens (tokens.css's first :root block) and each category's colour rule, in the
// light theme: the cards take every colour they share with the site from there.
const tokensCss = readFileSync(`${root}src/tokens.css`, 'utf8');
const tokens = [
	/:root \{[^}]*\}/.exec(tokensCss)[0],
	...tokensCss.match(/\[data-category='[a-z-]+'\] \{[^}]*\}/g)
].join('\n');
const escape = (text) =>
	String(text).replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
	);

const style = `
	:root { color-scheme: light; line-height: normal; }
	* { box-sizing: border-box; margin: 0; }
	body { width: 1200px; height: 630px; font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: var(--text); background: var(--page); }
	:lang(zh) body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; }
	:lang(zh) h1 { letter-spacing: 0; line-height: 1.25; }
	:lang(zh) p.summary { line-height: 1.6; }
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

const site = (ui) => `<div class="site"><span class="mark">12</span>${escape(ui.siteName)}</div>`;

function dayCard(day, locale, ui, dateText) {
	const figure = day.figures.find((f) => f.id === day.headlineFigure);
	const value = figure && (figure.display ? figure.display[locale] : String(figure.value));
	const tight = figure && /^[%×]/.test(figure.unit[locale]);
	return `<div class="card" data-category="${day.category}">
		<p class="eyebrow">${escape(ui.dayOf(day.number, 12))} · ${escape(dateText)} <span class="badge">${escape(ui.categories[day.category])}</span></p>
		<h1>${escape(day.title[locale])}</h1>
		<p class="summary">${escape(day.summary[locale])}</p>
		${figure ? `<p class="figure"><strong>${escape(value)}${tight ? '' : ' '}</strong>${escape(figure.unit[locale])} · ${escape(figure.label[locale])}</p>` : ''}
		${site(ui)}
	</div>`;
}

function overviewCard(days, ui, og) {
	const dots = days
		.map((d) => `<span class="dot" data-category="${d.category}">${d.number}</span>`)
		.join('');
	return `<div class="card">
		<p class="eyebrow">${escape(og.dates)}</p>
		<h1>${escape(og.title)}</h1>
		<p class="summary">${escape(og.summary)}</p>
		<div class="dots">${dots}</div>
		${site(ui)}
	</div>`;
}

/**
 * True when the page's fonts draw Chinese: a missing glyph is drawn as the same empty box for
 * every character, so two different characters then measure and look alike.
 */
const drawsChinese = (page) =>
	page.evaluate(async () => {
		await document.fonts.ready;
		const canvas = document.createElement('canvas');
		const context = canvas.getContext('2d');
		context.font = `40px ${getComputedStyle(document.body).fontFamily}`;
		const pixels = (text) => {
			context.clearRect(0, 0, canvas.width, canvas.height);
			context.fillText(text, 0, 40);
			return context.getImageData(0, 0, 50, 50).data.join(',');
		};
		return pixels('天') !== pixels('日');
	});

const [{ days }, { formatLongDate }, { en }, { zh }] = await loadModules(
	'/src/lib/content/index.ts',
	'/src/lib/i18n/format.ts',
	'/src/lib/i18n/strings-en.ts',
	'/src/lib/i18n/strings-zh.ts'
);
// The overview card's own words (the site's pages never show them, so they stay out of its strings).
const editions = [
	{
		locale: 'en',
		ui: en,
		dir: '',
		og: {
			dates: '5–20 December 2024',
			title: 'OpenAI’s twelve days of releases',
			summary:
				'What came out each day, the figures behind it, and what people in the industry made of it.'
		}
	},
	{
		locale: 'zh',
		ui: zh,
		dir: 'zh/',
		og: {
			dates: '2024 年 12 月 5 日至 20 日',
			title: 'OpenAI 十二天发布会',
			summary: '每天发布了什么、背后的关键数字，以及业内人士如何评价。'
		}
	}
];
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
	for (const { locale, ui, dir, og } of editions) {
		mkdirSync(`${outDir}/${dir}`, { recursive: true });
		const render = async (body, file) => {
			await page.setContent(
				`<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>${tokens}${style}</style></head><body>${body}</body></html>`
			);
			if (locale === 'zh' && !(await drawsChinese(page))) {
				console.error('og-images: no CJK font draws Chinese here; install fonts-noto-cjk');
				process.exit(1);
			}
			await page.screenshot({ path: `${outDir}/${dir}${file}`, type: 'png' });
			console.log(`wrote static/og/${dir}${file}`);
		};
		await render(overviewCard(days, ui, og), 'overview.png');
		for (const day of days)
			await render(
				dayCard(day, locale, ui, formatLongDate(day.date, locale)),
				`day-${day.number}.png`
			);
	}
	await browser.close();
}
