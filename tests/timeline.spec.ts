import { expect, test } from './support/fixtures';
import {
	centre,
	daysInTimeline,
	escapeRegExp,
	expectInTimelineView,
	marker,
	markerList,
	ready,
	tickLabels,
	timeline,
	timelineVisibility
} from './support/timeline';

test('the timeline shows twelve day markers, weekends and a legend', async ({
	page,
	site: { ui, path, days, lastDate }
}) => {
	await page.goto(path('/'));
	await ready(page);
	const region = timeline(page);
	await expect(markerList(page).getByRole('link')).toHaveCount(12);
	await expect(marker(page, 12)).toHaveAttribute('href', path('/day/12'));
	await expect(marker(page, 12)).toHaveAccessibleDescription(
		new RegExp(`^${escapeRegExp(ui.timeline.markerDescription(12, days[11]!.title, lastDate))}`)
	);
	await expect(region.getByText(ui.timeline.timeZone)).toBeVisible();
	for (const category of Object.values(ui.categories)) {
		await expect(region.getByText(category, { exact: true })).toBeVisible();
	}
	// The weekend bands are drawn behind the axis, decoration with no role: three bands.
	await expect(region.locator('[aria-hidden="true"] [data-weekend]')).toHaveCount(3);
});

test('zoom buttons change the ticks and Reset restores them', async ({
	page,
	site: { ui, path, lang }
}) => {
	test.skip(
		lang === 'zh',
		'zoom mechanics; Chinese tick labels are checked by the window and width tests'
	);
	await page.goto(path('/'));
	await ready(page);
	const initial = await tickLabels(page);
	expect(initial.length).toBeGreaterThan(2);
	await page.getByRole('button', { name: ui.timeline.zoomIn }).click();
	await page.getByRole('button', { name: ui.timeline.zoomIn }).click();
	await page.getByRole('button', { name: ui.timeline.zoomIn }).click();
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expect(page).toHaveURL(/\?from=2024-12-\d\dT\d\d%3A\d\d&to=/);
	await page.getByRole('button', { name: ui.timeline.zoomOut }).click();
	await page.getByRole('button', { name: ui.timeline.reset }).click();
	await expect.poll(() => tickLabels(page)).toEqual(initial);
	await expect(page).toHaveURL(new RegExp(`${path('/')}$`));
});

test('Ctrl + wheel zooms; a plain wheel scrolls the page and shows a hint instead', async ({
	page,
	site: { ui, path }
}) => {
	await page.setViewportSize({ width: 1000, height: 600 });
	await page.goto(path('/'));
	await ready(page);
	const initial = await tickLabels(page);
	const { x, y } = await centre(page);
	await page.mouse.move(x, y);

	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	await expect(page.getByText(ui.timeline.wheelHint(false))).toBeVisible();
	expect(await tickLabels(page)).toEqual(initial);
	await page.evaluate(() => window.scrollTo(0, 0));

	await page.mouse.move(x, y);
	await page.keyboard.down('Control');
	for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expect(page).toHaveURL(/from=/);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('dragging pans the zoomed timeline', async ({ page, site: { path, lang } }) => {
	test.skip(lang === 'zh', 'a pointer gesture has no language');
	await page.goto(path('/?from=2024-12-09&to=2024-12-12'));
	await ready(page);
	const before = await tickLabels(page);
	expect(before.join(' ')).toContain(lang === 'zh' ? '12月9日' : '9 Dec');
	// Grab the strip near its top, clear of the markers' badges.
	const { x } = await centre(page);
	const y = (await markerList(page).boundingBox())!.y + 19;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x - 150, y, { steps: 8 });
	await page.mouse.move(x - 300, y, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => tickLabels(page)).not.toEqual(before);
	await expect(page).toHaveURL(/from=2024-12-(09T\d\d%3A\d\d|1\d)/);
	await expect(page).not.toHaveURL(/from=2024-12-09T00%3A00/);
});

test('the keyboard path: Tab into the timeline, arrows move, Enter opens the day', async ({
	page,
	site: { ui, path, days, lang }
}) => {
	await page.goto(path('/'));
	await ready(page);
	await page.getByRole('button', { name: ui.timeline.reset }).focus();
	await page.keyboard.press('Tab');
	const day1 = marker(page, 1);
	await expect(day1).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	const day3 = marker(page, 3);
	await expect(day3).toBeFocused();
	const monday = lang === 'zh' ? '2024年12月9日 星期一' : 'Monday 9 December 2024';
	await expect(
		page.getByText(ui.timeline.announce(3, 12, days[2]!.title, monday), { exact: true })
	).toBeAttached();
	await page.keyboard.press('End');
	await expect(marker(page, 12)).toBeFocused();
	await page.keyboard.press('Home');
	await expect(day1).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(path('/day/2'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[1]!.title);
	await expect(marker(page, 2)).toHaveAttribute('aria-current', 'page');
	// Only one marker is a tab stop.
	await expect(markerList(page).locator('a[tabindex="0"]')).toHaveCount(1);
});

test('+, - and 0 zoom while the timeline has focus', async ({ page, site: { path, lang } }) => {
	test.skip(lang === 'zh', 'keys that do not depend on text');
	await page.goto(path('/'));
	await ready(page);
	const initial = await tickLabels(page);
	await marker(page, 5).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expectInTimelineView(page, marker(page, 5));
	await page.keyboard.press('0');
	await expect.poll(() => tickLabels(page)).toEqual(initial);
});

test('the keyboard keeps the focused day in view when zoomed', async ({
	page,
	site: { path, lang }
}) => {
	test.skip(lang === 'zh', 'keyboard and view mechanics');
	await page.goto(path('/?from=2024-12-05T12:00&to=2024-12-06T00:00'));
	await ready(page);
	await marker(page, 1).focus();
	for (let n = 2; n <= 4; n++) {
		await page.keyboard.press('ArrowRight');
		await expect(marker(page, n)).toBeFocused();
		await expectInTimelineView(page, marker(page, n), `day ${n} inside the timeline`);
	}
});

test('zoom keys zoom about the focused day, and Tab into a zoomed timeline lands on a day in view', async ({
	page,
	site: { path, ui, lang }
}) => {
	test.skip(lang === 'zh', 'keyboard and view mechanics');
	await page.goto(path('/'));
	await ready(page);
	await marker(page, 1).focus();
	await page.keyboard.press('End');
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect(marker(page, 12)).toBeFocused();
	await expectInTimelineView(page, marker(page, 12), 'the focused day stays in view');
	// Away and back by Tab: focus returns to a day the view shows, and the view does not move.
	await page.getByRole('button', { name: ui.timeline.reset }).focus();
	const before = await daysInTimeline(page);
	expect(before).not.toContain(1);
	await page.keyboard.press('Tab');
	const focused = markerList(page).locator(':focus');
	await expect(focused).toHaveCount(1);
	expect(before).toContain(Number(await focused.evaluate((a) => a.firstElementChild!.textContent)));
	expect(await daysInTimeline(page)).toEqual(before);
});

test('a view with no day in it names the nearest days, and goes to them', async ({
	page,
	site: { path, ui, lang }
}) => {
	// The weekend between day 2 (Friday 6 December) and day 3 (Monday 9 December).
	await page.goto(path('/?from=2024-12-07T06:00&to=2024-12-07T18:00'));
	await ready(page);
	expect(await daysInTimeline(page)).toEqual([]);
	await expect(timeline(page).getByText(ui.timeline.emptyView)).toBeVisible();
	await expect(
		timeline(page).getByText(
			lang === 'zh' ? '这段时间里没有发布。最近的是：' : 'No day in view. The nearest:'
		)
	).toBeVisible();
	const later = timeline(page).getByRole('button', {
		name: new RegExp(`^${escapeRegExp(ui.dayTitled(3, ''))}`)
	});
	await expect(
		timeline(page).getByRole('button', {
			name: new RegExp(`^${escapeRegExp(ui.dayTitled(2, ''))}`)
		})
	).toBeVisible();
	await later.click();
	await expect(marker(page, 3)).toBeFocused();
	await expectInTimelineView(page, marker(page, 3), 'day 3 brought into view');
	await expect(timeline(page).getByText(ui.timeline.emptyView)).toHaveCount(0);
});

test('a URL with from/to opens on that window', async ({ page, site: { path, lang } }) => {
	await page.goto(path('/?from=2024-12-09T00:00&to=2024-12-11T00:00'));
	await ready(page);
	await expect
		.poll(() => tickLabels(page))
		.toEqual(expect.arrayContaining([lang === 'zh' ? '12月10日' : '10 Dec', '12:00']));
	await expect.poll(() => timelineVisibility(page, marker(page, 3))).not.toBe('none');
	await expect.poll(() => timelineVisibility(page, marker(page, 1))).toBe('none');
	await expect.poll(() => timelineVisibility(page, marker(page, 12))).toBe('none');
});

test('a bad window in the URL does not break the page', async ({ page, site: { path, lang } }) => {
	test.skip(
		lang === 'zh',
		'the query is read the same way under /zh, where fuzz.spec.ts also puts bad windows'
	);
	for (const search of [
		'?from=garbage&to=2024-99-99',
		'?from=2024-12-20&to=2024-12-01',
		'?from=1900-01-01&to=2999-01-01',
		'?to=2024-12-09',
		'?from=%E2%9C%93&to=%00'
	]) {
		await test.step(search, async () => {
			const response = await page.goto(path(`/${search}`));
			expect(response?.status()).toBe(200);
			await ready(page);
			await expect(markerList(page).getByRole('link')).toHaveCount(12);
			await expect.poll(async () => (await tickLabels(page)).length).toBeGreaterThan(1);
		});
	}
});

test('opening a day from a marker marks it current and keeps the zoom window', async ({
	page,
	site: { path, days }
}) => {
	await page.goto(path('/?from=2024-12-09T00:00&to=2024-12-12T00:00'));
	await ready(page);
	await marker(page, 4).click();
	await expect(page).toHaveURL(/\/day\/4\?from=2024-12-09T00%3A00&to=2024-12-12T00%3A00$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[3]!.title);
	await expect(marker(page, 4)).toHaveAttribute('aria-current', 'page');
});

test('opening a day outside the window brings it into view', async ({
	page,
	site: { ui, path, lang }
}) => {
	test.skip(lang === 'zh', 'view mechanics');
	await page.goto(path('/day/1?from=2024-12-05T12:00&to=2024-12-06T00:00'));
	await ready(page);
	await page.getByRole('link', { name: new RegExp(ui.nextDay) }).click();
	await expect(page).toHaveURL(/\/day\/2/);
	await expectInTimelineView(page, marker(page, 2));
});

test.describe('at every width', () => {
	// Layout is judged where each zoom step lands; with reduced motion it lands at once, and the
	// address is rewritten (once, when the step ends) with the new window when it has.
	test.use({ reducedMotion: 'reduce' });

	for (const width of [320, 360, 768, 1280, 2560]) {
		test(`at ${width}px nothing overflows sideways and no two visible labels overlap`, async ({
			page,
			site: { ui, path }
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path('/'));
			await ready(page);
			for (const step of [0, 1, 2]) {
				if (step > 0) {
					const before = page.url();
					await page.getByRole('button', { name: ui.timeline.zoomIn }).click();
					await expect.poll(() => page.url(), `zoom step ${step} lands`).not.toBe(before);
					await expect(page).toHaveURL(/from=/);
				}
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				// Every marker in view and any two that overlap. Polled: under load the lanes can be
				// laid out a frame after the address is written; what must hold is where the step lands.
				const overlaps = () =>
					markerList(page)
						.getByRole('link')
						.evaluateAll((links) => {
							const strip = links[0]!.closest('ol')!.getBoundingClientRect();
							const boxes = links
								.map((a) => a.getBoundingClientRect())
								.filter((r) => r.right > strip.left && r.left < strip.right);
							const found: string[] = [];
							if (boxes.length === 0) found.push('no markers in view');
							boxes.forEach((a, i) =>
								boxes.slice(i + 1).forEach((b, k) => {
									if (
										a.x < b.x + b.width - 0.5 &&
										b.x < a.x + a.width - 0.5 &&
										a.y < b.y + b.height - 0.5 &&
										b.y < a.y + a.height - 0.5
									)
										found.push(`markers ${i} and ${i + k + 1} overlap`);
								})
							);
							return found;
						});
				await expect.poll(overlaps, `at ${width}px, zoom step ${step}`).toEqual([]);
			}
		});
	}
});
