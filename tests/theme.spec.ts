import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { contrast } from './support/contrast';
import { searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import { marker, markerList, ready, timeline } from './support/timeline';

test.describe('light and dark themes', { tag: '@no-language' }, () => {
	// The page colour of each theme (--page in app.css).
	const LIGHT = 'rgb(246, 247, 249)';
	const DARK = 'rgb(18, 20, 24)';

	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const themeControl = (page: Page) =>
		page.getByRole('combobox', { name: siteOf(page).ui.appearance.label });

	type FirstPaint = { theme: string | null; background: string };

	/** Records the theme as it stood when the body was first parsed, before anything could be painted. */
	async function recordFirstPaint(page: Page) {
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				observer.disconnect();
				(window as unknown as { firstPaint: FirstPaint }).firstPaint = {
					theme: document.documentElement.dataset.theme ?? null,
					background: getComputedStyle(document.documentElement).backgroundColor
				};
			}).observe(document, { childList: true, subtree: true });
		});
	}
	const firstPaint = (page: Page) =>
		page.evaluate(() => (window as unknown as { firstPaint: FirstPaint }).firstPaint);

	test.describe('on a system set to dark', () => {
		test.use({ colorScheme: 'dark' });

		test('the theme follows the system; the header control picks light, dark or the system, at once and for later visits, from the first paint', async ({
			page,
			site: { path: to, ui }
		}) => {
			await recordFirstPaint(page);
			await page.goto(to('/'));
			await ready(page);
			expect(await firstPaint(page)).toEqual({ theme: null, background: DARK });
			await expect(themeControl(page)).toBeVisible();
			await expect(themeControl(page)).toHaveValue('system');

			await themeControl(page).selectOption({ label: ui.appearance.light });
			await expect.poll(() => background(page)).toBe(LIGHT);
			await page.reload();
			expect(await firstPaint(page)).toEqual({ theme: 'light', background: LIGHT });
			await expect(themeControl(page)).toHaveValue('light');

			await themeControl(page).selectOption({ label: ui.appearance.system });
			await expect.poll(() => background(page)).toBe(DARK);
			await page.reload();
			expect(await firstPaint(page)).toEqual({ theme: null, background: DARK });

			// The system setting is followed as it changes; a chosen theme holds against it, on every page.
			await page.emulateMedia({ colorScheme: 'light' });
			await expect.poll(() => background(page)).toBe(LIGHT);
			await themeControl(page).selectOption({ label: ui.appearance.dark });
			await expect.poll(() => background(page)).toBe(DARK);
			await page.goto(to('/day/3'));
			expect(await firstPaint(page)).toEqual({ theme: 'dark', background: DARK });
			await expect(themeControl(page)).toHaveValue('dark');
		});
	});

	test('in both themes, markers, charts, cards, the search field and focus rings keep WCAG AA contrast; axe finds nothing with a search shown', async ({
		page,
		site: { lang }
	}) => {
		test.skip(
			lang !== 'en',
			'colours are the same in both editions (axe checks each in both themes)'
		);
		await page.goto('/day/12');
		await ready(page);
		const failing: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expect.poll(() => background(page)).toBe(colorScheme === 'dark' ? DARK : LIGHT);
			for (const { what, fg, bg, ratio } of await pairsOnScreen(page)) {
				const measured = Math.round(contrast(fg, bg) * 100) / 100;
				if (measured < ratio)
					failing.push(
						`${colorScheme}: ${what}: ${fg} on ${bg} is ${measured}:1, needs ${ratio}:1`
					);
			}
		}
		expect(failing).toEqual([]);

		// The search's preview of matches (highlighted terms, dimmed markers), in each theme.
		await searchBox(page).fill('storyboard');
		await expect(page.getByRole('status').filter({ hasText: '1 day matches' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await axeViolations(page)).toEqual([]);
	});

	/** The colours that meet on the page as it is: each pair with the contrast WCAG AA asks of it. */
	async function pairsOnScreen(page: Page) {
		const pairs: { what: string; fg: string; bg: string; ratio: number }[] = [];

		// Each marker's badge against the timeline, and its number against the badge.
		const strip = await timeline(page).evaluate((el) => getComputedStyle(el).backgroundColor);
		const badges = await markerList(page)
			.getByRole('link')
			.evaluateAll((links) =>
				links.map((link) => {
					const style = getComputedStyle(link.firstElementChild!);
					return { day: link.textContent!.trim(), fill: style.backgroundColor, text: style.color };
				})
			);
		expect(badges).toHaveLength(12);
		for (const { day, fill, text } of badges) {
			pairs.push({ what: `marker ${day} on the timeline`, fg: fill, bg: strip, ratio: 3 });
			pairs.push({ what: `marker ${day}'s number`, fg: text, bg: fill, ratio: 4.5 });
		}

		// Every bar of every chart against its track.
		const bars = await page.getByRole('list', { name: /^Comparison:/ }).evaluateAll((lists) =>
			lists.flatMap((list) =>
				[...list.querySelectorAll('li')].map((item) => {
					const track = item.querySelector('[aria-hidden="true"]')!;
					return {
						label: item.textContent!.trim(),
						bar: getComputedStyle(track.firstElementChild!).backgroundColor,
						track: getComputedStyle(track).backgroundColor
					};
				})
			)
		);
		expect(bars.length).toBeGreaterThan(5);
		for (const { label, bar, track } of bars)
			pairs.push({ what: `bar “${label}” on its track`, fg: bar, bg: track, ratio: 3 });

		// A day card's category edge against the page.
		const page_ = await background(page);
		const edge = await page
			.getByRole('article')
			.filter({ has: page.getByRole('link', { name: siteOf(page).days[2]!.title, exact: true }) })
			.evaluate((card) => getComputedStyle(card).borderLeftColor);
		pairs.push({ what: 'a card’s category edge', fg: edge, bg: page_, ratio: 3 });

		// The search field's edge, and the focus ring on it and on a marker.
		const field = await searchBox(page).evaluate((el) => getComputedStyle(el).borderTopColor);
		pairs.push({ what: 'the search field’s edge', fg: field, bg: page_, ratio: 3 });
		const ring = async (target: ReturnType<typeof marker>) => {
			await target.focus();
			return target.evaluate((el) => {
				const style = getComputedStyle(el);
				return style.outlineStyle === 'none' ? 'none' : style.outlineColor;
			});
		};
		pairs.push({
			what: 'focus ring on a marker',
			fg: await ring(marker(page, 12)),
			bg: strip,
			ratio: 3
		});
		pairs.push({
			what: 'focus ring on the search field',
			fg: await ring(searchBox(page)),
			bg: page_,
			ratio: 3
		});
		return pairs;
	}
});
