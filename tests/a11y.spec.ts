import type { Page } from '@playwright/test';
import { axeViolations as violations } from './support/axe';
import { question, searchBox } from './support/explorer';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import {
	badgeFrames,
	centre,
	escapeRegExp,
	marker,
	markerPrefix,
	ready,
	steps,
	tickLabels,
	timeline
} from './support/timeline';

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
	test.skip(({ lang }) => lang === 'zh', 'how the timeline moves has no language');
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
	test.skip(({ lang }) => lang === 'zh', 'how the timeline moves has no language');
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
	site: { ui, path, lang }
}) => {
	test.skip(
		lang === 'zh',
		'the tab order and focus rings are the same markup and styles in Chinese; axe checks the Chinese names'
	);
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
		if (f!.name.startsWith(markerPrefix(1))) break;
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
	await page.getByRole('button', { name: ui.shareDay }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.getByRole('link', { name: new RegExp(`^${ui.close}`) }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(path('/'));
	await expect(marker(page, 3)).toBeFocused();
});

test('the search box and the lens buttons are reachable and usable by keyboard alone', async ({
	page,
	site: { ui, path, themes, lang }
}) => {
	test.skip(
		lang === 'zh',
		'keyboard mechanics; searching and lenses in Chinese are tested in explorer.spec.ts'
	);
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

/** What the page's live regions say, as assistive technology hears them (hidden regions say nothing). */
const liveText = (page: Page, politeness: 'assertive' | 'polite') =>
	page.evaluate((politeness) => {
		const live = [...document.querySelectorAll<HTMLElement>('[aria-live], [role="status"]')].filter(
			(el) =>
				(el.getAttribute('aria-live') ?? 'polite') === politeness &&
				el.checkVisibility({ visibilityProperty: true })
		);
		return live.map((el) => el.textContent!.trim()).filter(Boolean);
	}, politeness);

test('zooming and searching announce what changed, politely; never the page title', async ({
	page,
	site: { ui, path }
}) => {
	await page.goto(path('/?from=2024-12-09T00:00&to=2024-12-13T00:00'));
	await ready(page);
	const range = new RegExp(
		`^${escapeRegExp(ui.timeline.showing('\u0000', '\u0000')).replaceAll('\u0000', '.+')}$`
	);
	// Every change the timeline's live region goes through during a Ctrl + wheel gesture.
	await page.evaluate(() => {
		const said: string[] = [];
		const region = document.querySelector('[aria-labelledby="timeline-heading"] [role="status"]')!;
		new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
			childList: true,
			characterData: true,
			subtree: true
		});
		(window as unknown as { said: string[] }).said = said;
	});
	// Five Ctrl + wheel notches, one a frame, sent from inside the page: one gesture however busy
	// the machine (wheels sent one by one from here can arrive more than the 150 ms apart that end
	// a gesture, and then two gestures rightly announce twice).
	const { x, y } = await centre(page);
	await page.evaluate(
		async ({ x, y }) => {
			const target = document.elementFromPoint(x, y)!;
			for (let i = 0; i < 5; i++) {
				await new Promise(requestAnimationFrame);
				const init = { clientX: x, clientY: y, deltaY: -100, ctrlKey: true };
				target.dispatchEvent(new WheelEvent('wheel', { ...init, bubbles: true, cancelable: true }));
			}
		},
		{ x, y }
	);
	await expect(page).not.toHaveURL(/from=2024-12-09T00%3A00/);
	// Said once, when the gesture ended: the new range.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said))
		.toEqual([expect.stringMatching(range)]);
	await page.getByRole('button', { name: ui.timeline.reset }).click();
	const status = timeline(page).getByRole('status');
	await expect(status).toHaveText(ui.timeline.showingAll);
	await searchBox(page).fill('sora');
	await expect(page).toHaveURL(/q=sora/);
	await expect(
		page.getByRole('status').filter({ hasText: ui.search.count(1, 'sora') })
	).toBeVisible();
	// Neither the zoom nor the search changed the page: nothing is read out assertively.
	expect(await liveText(page, 'assertive')).toEqual([]);
});

// Axe checks label in name (label-content-name-mismatch) in every scan, on every page (pages.spec.ts).
test('each marker is named by what it shows, with the rest as its description (label in name, WCAG 2.5.3)', async ({
	page,
	site: { ui, path, days, lastDate }
}) => {
	await page.goto(path('/'));
	await ready(page);
	// A number and, where there is room, a short title: the name starts with them.
	for (const n of [1, 5, 12]) {
		const link = marker(page, n);
		const shown = (await link.innerText()).replace(/\s+/g, ' ').trim();
		await expect(link).toHaveAccessibleName(new RegExp(`^${escapeRegExp(shown)}`));
	}
	await expect(marker(page, 12)).toHaveAccessibleDescription(
		new RegExp(`^${escapeRegExp(ui.timeline.markerDescription(12, days[11]!.title, lastDate))}`)
	);
});
