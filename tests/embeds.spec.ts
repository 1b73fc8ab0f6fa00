import type { Frame, Page } from '@playwright/test';
import { axeViolations, axeViolationsWithFrames } from './support/axe';
import { expect, expectConsoleError, serveOrigin, test } from './support/fixtures';
import { site as editionOf, type Site } from './support/site';
import { escapeRegExp, markerPrefix } from './support/timeline';

/** Another site: a writer's article, which pastes our embed code into its own page. */
const WRITER = 'https://writer.test';

/**
 * Serves a writer's article at WRITER with `body` (an embed code, pasted as it is) in a column
 * `column` px wide, and records the embeds' height messages. This origin (and only this one) is
 * answered here, so the fixture's guard lets its requests pass. With `scripts: false` the page
 * allows no script at all (its Content-Security-Policy), as some hosts do.
 */
async function writerPage(
	page: Page,
	body: string,
	{ scripts = true, column = 600 }: { scripts?: boolean; column?: number } = {}
) {
	// Chromium lets a public site (the writer's, which must be https for it to ask) frame a page
	// on a loopback address (the test server) only with the reader's leave; deployed, both sites
	// are public and nothing is asked.
	await page.context().grantPermissions(['local-network-access'], { origin: WRITER });
	serveOrigin(page, WRITER);
	const policy = scripts
		? ''
		: `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
	await page.route(`${WRITER}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8">${policy}<title>What OpenAI shipped in December</title></head>
<body><main style="width: ${column}px"><h1>What OpenAI shipped in December</h1><p>Our notes on the twelve days.</p>
${body}
</main>
<script>
	window.heights = [];
	addEventListener('message', (event) => {
		if (event.data?.type === 'twelve-days:height')
			window.heights.push({ origin: event.origin, height: event.data.height });
	});
</script>
</body></html>`
		})
	);
	await page.goto(`${WRITER}/article`);
}

type Heights = { heights: { origin: string; height: number }[] };
const lastHeight = (page: Page) =>
	page.evaluate(() => (window as unknown as Heights).heights.at(-1)?.height);
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** The embed code the dialog offers in the page's language, read off its text box. */
async function embedCodeFromDialog(page: Page, { ui, path }: Site) {
	await page.goto(path('/day/3'));
	const open = page.getByRole('button', { name: ui.embed.button, exact: true });
	await expect(open).toBeVisible();
	await open.click();
	const dialog = page.getByRole('dialog', { name: ui.embed.dayHeading });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: ui.embed.copy })).toBeFocused();
	return { dialog, code: await dialog.getByRole('textbox', { name: ui.embed.code }).inputValue() };
}

test.describe('embedding a day on another site', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('the copied code, pasted on another site, renders the card, resizes it, opens links outside the frame, and axe finds nothing in it', async ({
		page,
		baseURL,
		site
	}) => {
		const { ui, path, days } = site;
		const { dialog, code } = await embedCodeFromDialog(page, site);

		await test.step('the dialog gives the code, copies it, and offers the other language', async () => {
			// The frame, then a line of script that fits it to the card (README: Embedding).
			expect(code).toMatch(/^<iframe [^>]*><\/iframe>\n<script>[^<]*<\/script>$/);
			expect(code).toContain(` src="${baseURL}${path('/embed/day/3')}"`);
			expect(code).toContain(` title="${ui.embed.frameTitle(3, days[2]!.title)}"`);
			expect(code).toContain(' width="100%"');
			expect(code).toContain(' loading="lazy"');
			expect(code).toMatch(/ height="\d{3}"/);
			await dialog.getByRole('button', { name: ui.embed.copy }).click();
			await expect(dialog.getByRole('status')).toHaveText(ui.embed.copied);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			const other = editionOf(site.other);
			await dialog.getByRole('radio', { name: site.other === 'zh' ? '中文' : 'English' }).check();
			await expect(dialog.getByRole('textbox', { name: ui.embed.code })).toHaveValue(
				new RegExp(
					` src="${baseURL}${other.path('/embed/day/3')}" title="${other.ui.embed.frameTitle(3, other.days[2]!.title)}"`
				)
			);
			// Escape closes the dialog, not the day behind it, and focus goes back to the button.
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			await expect(page.getByRole('button', { name: ui.embed.button, exact: true })).toBeFocused();
			await expect(page).toHaveURL(path('/day/3'));
		});

		await writerPage(page, code);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(days[2]!.title);
		await expect(frame.locator('html')).toHaveAttribute('lang', site.tag);
		const embed = page.frames().find((f) => f.url() === `${baseURL}${path('/embed/day/3')}`)!;
		await expect.poll(() => lastHeight(page)).toBe(await contentHeight(embed));

		await test.step('axe finds nothing, inside the frame included', async () => {
			expect(await axeViolationsWithFrames(page)).toEqual([]);
		});

		await test.step('pasted as it is, the code fits the frame to the card, at any width from 280 to 800 px', async () => {
			const frameHeight = () =>
				page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height));
			for (const width of [800, 358, 280]) {
				await page.locator('main').evaluate((el, w) => (el.style.width = `${w}px`), width);
				// Narrower is taller: the page says so, and the code's script follows it.
				await expect
					.poll(async () => {
						const content = await contentHeight(embed);
						return [await lastHeight(page), await frameHeight()].every((h) => h === content);
					})
					.toBe(true);
			}
			expect(await frameHeight()).toBeLessThanOrEqual(Number(/height="(\d+)"/.exec(code)![1]));
			const heights = await page.evaluate(() => (window as unknown as Heights).heights);
			expect(new Set(heights.map((h) => h.origin))).toEqual(new Set([new URL(baseURL!).origin]));
		});

		await test.step('every link opens the full site in a new tab, never inside the frame', async () => {
			const links = frame.getByRole('link');
			expect(await links.count()).toBeGreaterThan(0);
			for (const link of await links.all()) {
				await expect(link).toHaveAttribute('target', '_blank');
				await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
			}
			const [tab] = await Promise.all([
				page.context().waitForEvent('page'),
				frame.getByRole('link', { name: ui.embed.readMore }).click()
			]);
			await expect(tab).toHaveURL(`${baseURL}${path('/day/3')}`);
			await tab.close();
			expect(embed.url()).toBe(`${baseURL}${path('/embed/day/3')}`);
			expect(page.url()).toBe(`${WRITER}/article`);
		});
	});
});

// The headers are set path by path (the Chinese edition's paths have rules of their own): checked
// in both editions. How the browser then treats a frame has no language: checked in English.
test('only the embeds may be framed, by the headers every page is served with', async ({
	request,
	site: { path }
}) => {
	for (const [url, policy] of [
		[path('/embed/day/3'), 'frame-ancestors *'],
		[path('/embed'), 'frame-ancestors *'],
		[path('/day/3'), "frame-ancestors 'none'"],
		[path('/'), "frame-ancestors 'none'"]
	] as const) {
		const headers = (await request.get(url)).headers();
		expect(headers['content-security-policy'], url).toBe(policy);
		expect(headers['x-frame-options'], url).toBe(policy.includes('none') ? 'DENY' : undefined);
	}
});

test('a browser frames the embed and refuses the full day page', async ({
	page,
	baseURL,
	site: { path, days, lang }
}) => {
	test.skip(lang === 'zh', 'the browser applies the headers checked above the same way under /zh');
	// Chromium reports the refusal on the console: the test expects it (and fails without it).
	expectConsoleError(page, /frame-ancestors 'none'/);
	const refused = page.waitForEvent('console', (m) => /frame-ancestors 'none'/.test(m.text()));
	await writerPage(
		page,
		`<iframe src="${baseURL}${path('/embed/day/3')}" title="embed"></iframe>
		<iframe src="${baseURL}${path('/day/3')}" title="page"></iframe>`
	);
	await refused;
	await expect(
		page.frameLocator('iframe[title="embed"]').getByRole('heading', { level: 1 })
	).toHaveText(days[2]!.title);
	await expect(
		page.frameLocator('iframe[title="page"]').getByRole('heading', { name: days[2]!.title })
	).toHaveCount(0);
	expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}${path('/day/3')}`);
});

test('the timeline embed: one card for the day in focus, moved by keyboard, pointer or Previous/Next', async ({
	page,
	site: { ui, path, days }
}) => {
	await page.goto(path('/embed'));
	const markers = page.getByRole('list', { name: ui.theDays }).getByRole('link');
	await expect(markers).toHaveCount(12);
	const card = (n: number) => page.getByRole('heading', { level: 2, name: days[n - 1]!.title });
	const shown = async () => {
		const visible = await Promise.all(days.map((_, i) => card(i + 1).isVisible()));
		return visible.flatMap((v, i) => (v ? [i + 1] : []));
	};
	await expect.poll(shown).toEqual([1]);

	// One tab stop for the twelve days, after the site's name.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: ui.siteName, exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(markers.first()).toBeFocused();
	await expect(markers.first()).toHaveAttribute('aria-current', 'true');
	const ring = await markers
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth) >= 2);
	expect(ring, 'a visible focus ring').toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect(markers.nth(1)).toBeFocused();
	await expect.poll(shown).toEqual([2]);
	await page.keyboard.press('End');
	await expect(markers.nth(11)).toBeFocused();
	await expect.poll(shown).toEqual([12]);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(markers.nth(11), 'the tab stop stays on the day in focus').toBeFocused();

	await markers.nth(4).hover();
	await expect.poll(shown).toEqual([5]);
	const next = page.getByRole('button', { name: new RegExp(ui.nextDay) });
	await next.click();
	await expect.poll(shown).toEqual([6]);
	const sixth = page.getByRole('article').filter({ has: card(6) });
	// The date as the card shows it, read once it is drawn (read too early, it was empty).
	const date = sixth.locator('time');
	await expect(date).toHaveText(/\S/, { useInnerText: true });
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		ui.timeline.announce(6, 12, days[5]!.title, await date.innerText())
	);
	await markers.nth(11).focus();
	await expect(next).toHaveAttribute('aria-disabled', 'true');

	// The card's link and the markers open the full site's day, in a new tab.
	await expect(markers.nth(11)).toHaveAttribute('href', path('/day/12'));
	await expect(
		page
			.getByRole('article')
			.filter({ has: card(12) })
			.getByRole('link', { name: ui.embed.readMore })
	).toHaveAttribute('href', path('/day/12'));
	for (const link of await page.getByRole('link').all())
		await expect(link).toHaveAttribute('target', '_blank');
	expect(await axeViolations(page)).toEqual([]);
});

test('each embed code’s own height shows the whole card in the narrowest column, 280 px, with little to spare', async ({
	page,
	site: { lang, path }
}) => {
	await page.setViewportSize({ width: 280, height: 400 });
	// The oEmbed responses carry the code and its height: /oembed/day-3.json, /oembed/zh/day-3.json.
	const pairs = [
		['overview', '/embed'],
		...Array.from({ length: 12 }, (_, i) => [`day-${i + 1}`, `/embed/day/${i + 1}`])
	];
	for (const [name, neutral] of pairs) {
		const oembed = `/oembed/${lang === 'zh' ? 'zh/' : ''}${name}.json`;
		const { height, html } = await (await page.request.get(oembed)).json();
		expect(html).toContain(` height="${height}"`);
		const embed = path(neutral!);
		await page.goto(embed);
		const content = await page.evaluate(() =>
			Math.ceil(document.body.getBoundingClientRect().height)
		);
		// Tall enough for the card where it wraps the most; at most a few lines of room below it.
		expect(height, embed).toBeGreaterThanOrEqual(content);
		expect(height - content, embed).toBeLessThanOrEqual(80);
	}
});

test('on a page that allows no script, the code’s own height still shows the whole card', async ({
	page,
	baseURL,
	site: { lang, path }
}) => {
	// The writer's page refuses the code's script, and says so in its console.
	expectConsoleError(
		page,
		/violates the following Content Security Policy directive 'script-src 'none''/
	);
	for (const name of ['overview', 'day-12']) {
		const oembed = `/oembed/${lang === 'zh' ? 'zh/' : ''}${name}.json`;
		const { html } = await (await page.request.get(oembed)).json();
		// The code names the site's deployed origin; here the pages are served from the test server.
		const code = html.replaceAll('https://twelve-days.example', baseURL!.replace(/\/$/, ''));
		const neutral = name === 'overview' ? '/embed' : '/embed/day/12';
		for (const column of [280, 800]) {
			await writerPage(page, code, { scripts: false, column });
			await expect(page.frameLocator('iframe').getByRole('article').first()).toBeVisible();
			const frame = page.frames().find((f) => f.url() === `${baseURL}${path(neutral)}`)!;
			const frameHeight = await page
				.locator('iframe')
				.evaluate((el) => el.getBoundingClientRect().height);
			expect(frameHeight, `${name} in ${column} px`).toBeGreaterThanOrEqual(
				await contentHeight(frame)
			);
			// No script ran on the writer's page: no height was recorded, none applied.
			expect(await page.evaluate(() => 'heights' in window)).toBe(false);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the embeds are whole documents: every card listed, every day linked', async ({
		page,
		site: { ui, path, days }
	}) => {
		await page.goto(path('/embed'));
		for (const [i, { title }] of days.entries()) {
			await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
			const marker = page
				.getByRole('list', { name: ui.theDays })
				.getByRole('link', { name: new RegExp(`^${markerPrefix(i + 1)}`) });
			await expect(marker).toHaveAttribute('href', path(`/day/${i + 1}`));
			await expect(marker).toHaveAccessibleDescription(new RegExp(escapeRegExp(title)));
		}
		await expect(page.getByRole('button')).toHaveCount(0);
		await page.goto(path('/embed/day/12'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[11]!.title);
		await expect(page.getByRole('link', { name: ui.embed.readMore })).toHaveAttribute(
			'href',
			path('/day/12')
		);
	});
});

test('the overview offers the timeline’s code; the dialog keeps focus inside until Escape', async ({
	page,
	baseURL,
	site: { ui, path }
}) => {
	await page.goto(path('/'));
	const open = page.getByRole('button', { name: ui.embed.timelineButton });
	await expect(open).toBeVisible();
	await open.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: ui.embed.timelineHeading });
	await expect(dialog.getByRole('textbox', { name: ui.embed.code })).toHaveValue(
		new RegExp(`^<iframe src="${baseURL}${path('/embed')}" title="${ui.embed.timelineTitle}"`)
	);
	// Four stops (the chosen language, the code, Copy, Close): Tab and Shift+Tab go round them.
	for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
		await page.keyboard.press(key);
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('dialog')),
			`focus after ${key}`
		).toBe(true);
	}
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(open).toBeFocused();
});
