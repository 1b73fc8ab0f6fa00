import type { Page } from '@playwright/test';
import { axeViolations as violations } from './support/axe';
import { question, searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import { badgeFrames, marker, markerPrefix, ready, steps, tickLabels } from './support/timeline';

// Every page, and the 404 page, is scanned by axe in pages.spec.ts, in the one load each gets there.
// Here: the states a page can be put in.

test('axe finds nothing with a panel opened in the explorer, zoomed in', async ({
	page,
	site: { path, days }
}) => {
	await page.goto(path('/?from=2024-12-16T00:00&to=2024-12-21T00:00'));
	await ready(page);
	await marker(page, 12).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[11]!.title);
	expect(await violations(page)).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	test('axe finds nothing on the overview or in the modal sheet', async ({
		page,
		site: { path, days }
	}) => {
		await page.goto(path('/'));
		await ready(page);
		expect(await violations(page)).toEqual([]);
		await page.getByRole('link', { name: days[2]!.title, exact: true }).click();
		await expect(page.getByRole('dialog', { name: days[2]!.title })).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});

// Frames are sampled while the timeline moves: opening day 9 pans it (read: where day 9 is drawn),
// zooming scales it (read: the distance from day 9 to day 10, which a pan leaves alone). A transition
// draws the frames in between; without one, a move lands at once. Other discrete steps can add one
// frame to the pan (the panel's width settling), never a gradual slide. The same probe, with motion
// on, must see the transitions, so a probe that saw no frames would fail there.
async function moves(page: Page) {
	const { ui, path } = siteOf(page);
	await page.goto(path('/day/8?from=2024-12-05T00:00&to=2024-12-06T00:00'));
	await ready(page);
	const opening = await badgeFrames(page, [9], () =>
		page.getByRole('link', { name: new RegExp(ui.nextDay) }).click()
	);
	await expect(page).toHaveURL(/\/day\/9/);
	const zooming = await badgeFrames(page, [9, 10], () =>
		page.getByRole('button', { name: ui.timeline.zoomIn }).click()
	);
	return {
		/** Positions between the first and the last. */
		pan: steps(opening.map(([x]) => x!)).length - 2,
		zoom: steps(zooming.map(([x9, x10]) => x10! - x9!)).length - 2
	};
}

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('zooming and opening a day out of view land at once, with no frames in between', async ({
		page
	}) => {
		const { pan, zoom } = await moves(page);
		expect(pan, 'frames drawn between the pan’s start and end').toBeLessThanOrEqual(1);
		expect(zoom, 'frames drawn between the zoom’s start and end').toBe(0);
	});
});

test.describe('with motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the same probe sees zooming and opening a day out of view as transitions', async ({
		page
	}) => {
		const { pan, zoom } = await moves(page);
		expect(pan, 'frames drawn between the pan’s start and end').toBeGreaterThanOrEqual(2);
		expect(zoom, 'frames drawn between the zoom’s start and end').toBeGreaterThanOrEqual(2);
	});
});

/** The element that has focus, described for assertions, with whether its focus ring shows. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		return { tag: el.tagName.toLowerCase(), name, ring };
	});
}

test('a keyboard-only walk reaches and operates every control, with visible focus', async ({
	page,
	site: { ui, path }
}) => {
	await page.goto(path('/'));
	await ready(page);
	const seen: string[] = [];
	// Tab from the top until the first day card: every stop on the way must show a focus ring.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		expect(f, `Tab ${i + 1} lands somewhere`).not.toBeNull();
		expect(f!.ring, `focus ring on ${f!.name}`).toBe(true);
		seen.push(f!.name);
		if (f!.name.startsWith(markerPrefix(page, 1))) break;
	}
	expect(seen[0]).toBe(ui.skipToContent);
	for (const control of [ui.siteName, ui.timeline.zoomIn, ui.timeline.zoomOut, ui.timeline.reset]) {
		expect(
			seen.some((name) => name.includes(control)),
			`reached ${control}: ${seen.join(' | ')}`
		).toBe(true);
	}

	// Operate the zoom controls by keyboard.
	const ticks = () => tickLabels(page);
	const initial = await ticks();
	await page.getByRole('button', { name: ui.timeline.zoomIn }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(ticks).not.toEqual(initial);
	await page.getByRole('button', { name: ui.timeline.reset }).focus();
	await page.keyboard.press('Space');
	await expect.poll(ticks).toEqual(initial);

	// Markers: arrows, then Enter opens the panel; its controls are next in the tab order.
	await marker(page, 1).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(path('/day/2'));
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	const back = await focused(page);
	expect(back!.ring).toBe(true);
	await page.getByRole('link', { name: new RegExp(ui.nextDay) }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(path('/day/3'));
	await page.getByRole('button', { name: ui.share }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(path('/'));
	await expect(marker(page, 3)).toBeFocused();
});

test('the search box and the lens buttons are reachable and usable by keyboard alone', async ({
	page,
	site: { ui, path, themes }
}) => {
	await page.goto(path('/'));
	await ready(page);
	// Tab forward from the last marker stop until the search box.
	await marker(page, 1).focus();
	const box = searchBox(page);
	for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(box).toBeFocused();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.type('sora');
	await expect(
		page.getByRole('status').filter({ hasText: ui.search.count(1, 'sora') })
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	// A lens button: focus it, press Space, and the pressed state is announced.
	const superApp = question(page, themes[3]!.title);
	const lens = superApp.getByRole('button', { name: ui.lens.show });
	await lens.focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Space');
	await expect(superApp.getByRole('button', { name: ui.lens.showing })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('Enter');
	await expect(superApp.getByRole('button', { name: ui.lens.show })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});
