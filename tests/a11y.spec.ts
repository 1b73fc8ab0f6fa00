import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PAGES } from './support/pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	// One line per failing node, so a failure says exactly what and where.
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
	);
}

async function ready(page: Page) {
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
}

for (const { path } of PAGES) {
	test(`axe finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		await ready(page);
		expect(await violations(page)).toEqual([]);
	});
}

test('axe finds nothing on the 404 page', async ({ page }) => {
	await page.goto('/day/13');
	expect(await violations(page)).toEqual([]);
});

test('axe finds nothing with a panel opened in the explorer, zoomed in', async ({ page }) => {
	await page.goto('/?from=2024-12-16T00:00&to=2024-12-21T00:00');
	await ready(page);
	await page.getByRole('link', { name: /^Day 12: / }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI o3 and o3-mini');
	expect(await violations(page)).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	test('axe finds nothing on the overview or in the modal sheet', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		expect(await violations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Sora', exact: true }).click();
		await expect(page.getByRole('dialog', { name: 'Sora' })).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('zooming and opening days take no transition', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const before = await page.locator('.viewport .axis .label').allTextContents();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		// Without a transition the new ticks are there on the very next frame.
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		expect(await page.locator('.viewport .axis .label').allTextContents()).not.toEqual(before);
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
	page
}) => {
	await page.goto('/');
	await ready(page);
	const seen: string[] = [];
	// Tab from the top until the first day card: every stop on the way must show a focus ring.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		expect(f, `Tab ${i + 1} lands somewhere`).not.toBeNull();
		expect(f!.ring, `focus ring on ${f!.name}`).toBe(true);
		seen.push(f!.name);
		if (f!.name.startsWith('Day 1:')) break;
	}
	expect(seen[0]).toBe('Skip to content');
	for (const control of ['Twelve Days', 'Zoom in', 'Zoom out', 'Reset zoom']) {
		expect(
			seen.some((name) => name.includes(control)),
			`reached ${control}: ${seen.join(' | ')}`
		).toBe(true);
	}

	// Operate the zoom controls by keyboard.
	const ticks = () => page.locator('.viewport .axis .label').allTextContents();
	const initial = await ticks();
	await page.getByRole('button', { name: 'Zoom in' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(ticks).not.toEqual(initial);
	await page.getByRole('button', { name: 'Reset zoom' }).focus();
	await page.keyboard.press('Space');
	await expect.poll(ticks).toEqual(initial);

	// Markers: arrows, then Enter opens the panel; its controls are next in the tab order.
	await page.getByRole('link', { name: /^Day 1: / }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/day/2');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	const back = await focused(page);
	expect(back!.ring).toBe(true);
	await page.getByRole('link', { name: /Next day/ }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/day/3');
	await page.getByRole('button', { name: 'Share' }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.getByRole('link', { name: /^Close/ }).focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('link', { name: /^Day 3: / })).toBeFocused();
});

test('the search box and the lens buttons are reachable and usable by keyboard alone', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	// Tab forward from the last marker stop until the search box.
	await page.getByRole('link', { name: /^Day 1: / }).focus();
	const box = page.getByRole('searchbox', { name: 'Search the twelve days' });
	for (let i = 0; i < 5 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(box).toBeFocused();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.type('sora');
	await expect(page.getByRole('status').filter({ hasText: '1 day matches “sora”.' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	// A lens button: focus it, press Space, and the pressed state is announced.
	const lens = page
		.locator('#question-super-app')
		.getByRole('button', { name: 'Highlight on the timeline' });
	await lens.focus();
	expect((await focused(page))!.ring).toBe(true);
	await page.keyboard.press('Space');
	await expect(
		page.locator('#question-super-app').getByRole('button', { name: 'Highlighted on the timeline' })
	).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Enter');
	await expect(
		page.locator('#question-super-app').getByRole('button', { name: 'Highlight on the timeline' })
	).toHaveAttribute('aria-pressed', 'false');
});
