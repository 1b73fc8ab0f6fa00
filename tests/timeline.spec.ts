import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const viewport = (page: Page) => page.locator('.viewport');
const tickLabels = (page: Page) => page.locator('.viewport .axis .label').allTextContents();

/**
 * Waits for the timeline to be interactive (its buttons appear once JavaScript has run); on the
 * compact strip of small screens, opens the zoom controls first.
 */
async function ready(page: Page) {
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const toggle = page.getByRole('button', { name: 'Zoom controls and legend' });
	await expect(zoomIn.or(toggle)).toBeVisible();
	if (await toggle.isVisible()) await toggle.click();
	await expect(zoomIn).toBeVisible();
}

async function centre(page: Page) {
	const box = await viewport(page).boundingBox();
	if (!box) throw new Error('timeline not rendered');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the timeline shows twelve day markers, weekends and a legend', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const timeline = page.getByRole('region', { name: 'Timeline of the twelve days' });
	await expect(timeline.getByRole('link', { name: /^Day \d+: / })).toHaveCount(12);
	await expect(
		timeline.getByRole('link', { name: 'Day 12: OpenAI o3 and o3-mini, Friday 20 December 2024' })
	).toHaveAttribute('href', '/day/12');
	await expect(timeline.getByText('Times in UTC')).toBeVisible();
	for (const category of [
		'Model',
		'Developer platform',
		'Product feature',
		'Ecosystem & distribution'
	]) {
		await expect(timeline.getByText(category, { exact: true })).toBeVisible();
	}
	expect(await page.locator('.viewport .weekend').count()).toBe(3);
});

test('zoom buttons change the ticks and Reset restores them', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const initial = await tickLabels(page);
	expect(initial.length).toBeGreaterThan(2);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expect(page).toHaveURL(/\?from=2024-12-\d\dT\d\d%3A\d\d&to=/);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect.poll(() => tickLabels(page)).toEqual(initial);
	await expect(page).toHaveURL(/\/$/);
});

test('Ctrl + wheel zooms; a plain wheel scrolls the page and shows a hint instead', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 600 });
	await page.goto('/');
	await ready(page);
	const initial = await tickLabels(page);
	const { x, y } = await centre(page);
	await page.mouse.move(x, y);

	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	await expect(page.getByText('Ctrl + scroll to zoom')).toBeVisible();
	expect(await tickLabels(page)).toEqual(initial);
	await page.evaluate(() => window.scrollTo(0, 0));

	const box = await viewport(page).boundingBox();
	await page.mouse.move(x, box!.y + box!.height / 2);
	await page.keyboard.down('Control');
	for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expect(page).toHaveURL(/from=/);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('dragging pans the zoomed timeline', async ({ page }) => {
	await page.goto('/?from=2024-12-09&to=2024-12-12');
	await ready(page);
	const before = await tickLabels(page);
	expect(before.join(' ')).toContain('9 Dec');
	const { x, y } = await centre(page);
	await page.mouse.move(x, y - 60);
	await page.mouse.down();
	await page.mouse.move(x - 150, y - 60, { steps: 8 });
	await page.mouse.move(x - 300, y - 60, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => tickLabels(page)).not.toEqual(before);
	await expect(page).toHaveURL(/from=2024-12-(09T\d\d%3A\d\d|1\d)/);
	await expect(page).not.toHaveURL(/from=2024-12-09T00%3A00/);
});

test('the keyboard path: Tab into the timeline, arrows move, Enter opens the day', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await page.getByRole('button', { name: 'Reset zoom' }).focus();
	await page.keyboard.press('Tab');
	const day1 = page.getByRole('link', { name: /^Day 1: / });
	await expect(day1).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	const day3 = page.getByRole('link', { name: /^Day 3: / });
	await expect(day3).toBeFocused();
	await expect(page.getByText('Day 3 of 12: Sora, Monday 9 December 2024')).toBeAttached();
	await page.keyboard.press('End');
	await expect(page.getByRole('link', { name: /^Day 12: / })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(day1).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/day/2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement Fine-Tuning');
	await expect(page.getByRole('link', { name: /^Day 2: / })).toHaveAttribute(
		'aria-current',
		'page'
	);
	// Only one marker is a tab stop.
	await expect(page.locator('.markers a[tabindex="0"]')).toHaveCount(1);
});

test('+, - and 0 zoom while the timeline has focus', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const initial = await tickLabels(page);
	await page.getByRole('link', { name: /^Day 5: / }).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect.poll(() => tickLabels(page)).not.toEqual(initial);
	await expect(page.getByRole('link', { name: /^Day 5: / })).toBeInViewport();
	await page.keyboard.press('0');
	await expect.poll(() => tickLabels(page)).toEqual(initial);
});

test('the keyboard keeps the focused day in view when zoomed', async ({ page }) => {
	await page.goto('/?from=2024-12-05T12:00&to=2024-12-06T00:00');
	await ready(page);
	const marker = (n: number) => page.getByRole('link', { name: new RegExp(`^Day ${n}: `) });
	await marker(1).focus();
	for (let n = 2; n <= 4; n++) {
		await page.keyboard.press('ArrowRight');
		await expect(marker(n)).toBeFocused();
		const inside = await marker(n).evaluate((el) => {
			const v = el.closest('.viewport')!.getBoundingClientRect();
			const r = el.getBoundingClientRect();
			return r.left >= v.left - 1 && r.right <= v.right + 1;
		});
		expect(inside, `day ${n} inside the timeline`).toBe(true);
	}
});

test('a URL with from/to opens on that window', async ({ page }) => {
	await page.goto('/?from=2024-12-09T00:00&to=2024-12-11T00:00');
	await ready(page);
	const labels = await tickLabels(page);
	expect(labels).toContain('10 Dec');
	expect(labels).toContain('12:00');
	const isShown = (n: number) =>
		page.getByRole('link', { name: new RegExp(`^Day ${n}: `) }).evaluate((el) => {
			const v = el.closest('.viewport')!.getBoundingClientRect();
			const r = el.getBoundingClientRect();
			return r.right > v.left && r.left < v.right;
		});
	expect(await isShown(3)).toBe(true);
	expect(await isShown(1)).toBe(false);
	expect(await isShown(12)).toBe(false);
});

for (const search of [
	'?from=garbage&to=2024-99-99',
	'?from=2024-12-20&to=2024-12-01',
	'?from=1900-01-01&to=2999-01-01',
	'?to=2024-12-09',
	'?from=%E2%9C%93&to=%00'
]) {
	test(`bad window ${search} does not break the page`, async ({ page }) => {
		const response = await page.goto(`/${search}`);
		expect(response?.status()).toBe(200);
		await ready(page);
		await expect(page.getByRole('link', { name: /^Day \d+: / })).toHaveCount(12);
		expect((await tickLabels(page)).length).toBeGreaterThan(1);
	});
}

test('opening a day from a marker marks it current and keeps the zoom window', async ({ page }) => {
	await page.goto('/?from=2024-12-09T00:00&to=2024-12-12T00:00');
	await ready(page);
	await page.getByRole('link', { name: /^Day 4: / }).click();
	await expect(page).toHaveURL(/\/day\/4\?from=2024-12-09T00%3A00&to=2024-12-12T00%3A00$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canvas');
	await expect(page.getByRole('link', { name: /^Day 4: / })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

test('opening a day outside the window brings it into view', async ({ page }) => {
	await page.goto('/day/1?from=2024-12-05T12:00&to=2024-12-06T00:00');
	await ready(page);
	await page.getByRole('link', { name: /Next day/ }).click();
	await expect(page).toHaveURL(/\/day\/2/);
	const marker = page.getByRole('link', { name: /^Day 2: / });
	await expect
		.poll(() =>
			marker.evaluate((el) => {
				const v = el.closest('.viewport')!.getBoundingClientRect();
				const r = el.getBoundingClientRect();
				return r.left >= v.left && r.right <= v.right;
			})
		)
		.toBe(true);
});

for (const width of [320, 360, 768, 1280, 2560]) {
	test(`at ${width}px nothing overflows sideways and no two visible labels overlap`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		await ready(page);
		for (const step of [0, 1, 2]) {
			if (step > 0) await page.getByRole('button', { name: 'Zoom in' }).click();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const boxes = await page.locator('.markers a').evaluateAll((links) => {
				const v = links[0]!.closest('.viewport')!.getBoundingClientRect();
				return links
					.map((a) => a.getBoundingClientRect())
					.filter((r) => r.right > v.left && r.left < v.right)
					.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
			});
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!, boxes[j]!];
					const overlap =
						a.left < b.right - 0.5 &&
						b.left < a.right - 0.5 &&
						a.top < b.bottom - 0.5 &&
						b.top < a.bottom - 0.5;
					expect(overlap, `markers ${i} and ${j} overlap at ${width}px, zoom step ${step}`).toBe(
						false
					);
				}
			}
		}
	});
}
