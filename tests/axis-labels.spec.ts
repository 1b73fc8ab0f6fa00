import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { siteOf } from './support/site';
import { ready } from './support/timeline';

/** The axis labels shown, with their boxes, and the plot's edges. */
const axis = (page: Page) =>
	page
		.getByRole('region', { name: siteOf(page).ui.timeline.heading })
		.locator('ol')
		.evaluate((list) => {
			const plot = list.parentElement!;
			const edges = plot.getBoundingClientRect();
			// The axis is decorative (aria-hidden): its labels are the text under the plot's axis line.
			const labels = [...plot.querySelectorAll<HTMLElement>('[aria-hidden="true"] :is(span, text)')]
				.filter((el) => el.textContent!.trim() && el.childElementCount === 0)
				.map((el) => {
					const r = el.getBoundingClientRect();
					return { text: el.textContent!, left: r.left, right: r.right };
				})
				.sort((a, b) => a.left - b.left);
			return { left: edges.left, right: edges.right, labels };
		});

/** What is wrong with the labels: overlaps and labels cut at the plot's edges. */
async function labelProblems(page: Page, state: string) {
	const { left, right, labels } = await axis(page);
	const problems: string[] = [];
	if (labels.length === 0) problems.push(`${state}: no labels`);
	labels.forEach((label, i) => {
		if (label.left < left - 0.5 || label.right > right + 0.5)
			problems.push(`${state}: "${label.text}" cut at the edge`);
		const next = labels[i + 1];
		if (next && next.left < label.right + 2)
			problems.push(`${state}: "${label.text}" runs into "${next.text}"`);
	});
	return problems;
}

const zoomIn = (page: Page) => page.getByRole('button', { name: siteOf(page).ui.timeline.zoomIn });

// Zoom steps land at once, so each state can be checked as soon as it is drawn.
test.use({ reducedMotion: 'reduce' });

test('the reported case: zoomed in once, day 7 open at 1280x720', async ({
	page,
	site: { ui, path, days }
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(path('/'));
	await ready(page);
	await zoomIn(page).click();
	await page
		.getByRole('region', { name: ui.theDays, exact: true })
		.getByRole('link', { name: days[6]!.title, exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(days[6]!.title);
	await expect.poll(() => labelProblems(page, 'day 7 open')).toEqual([]);
});

for (const width of [320, 390, 768, 1100, 1280, 1600, 2560]) {
	test(`at ${width}px axis labels never overlap or leave the timeline, zoomed or not, panel open or not`, async ({
		page,
		site: { path: to, lang }
	}) => {
		// Labels are spaced by their measured width, by the same code in both languages: Chinese
		// labels are checked at the narrowest, a middle and the widest width (and in the reported case).
		test.skip(lang === 'zh' && ![320, 1280, 2560].includes(width), 'widths English checks');
		await page.setViewportSize({ width, height: 800 });
		// Below 1024 px an open day is a modal sheet over the timeline: nothing to zoom behind it.
		for (const path of (width >= 1024 ? ['/', '/day/7'] : ['/']).map(to)) {
			await page.goto(path);
			await ready(page);
			const problems: string[] = [];
			// Every zoom level, down to the deepest (the button then reports it can go no further).
			for (let step = 0; step < 12; step++) {
				const state = `${path} after ${step} zoom steps`;
				// The labels settle once the zoom animation ends: poll until they are clean, or report.
				await expect
					.poll(() => labelProblems(page, state), { timeout: 1000 })
					.toEqual([])
					.catch(async () => problems.push(...(await labelProblems(page, state))));
				if ((await zoomIn(page).getAttribute('aria-disabled')) === 'true') break;
				await zoomIn(page).click();
			}
			expect(problems).toEqual([]);
			// At the deepest zoom the axis still says which day it shows.
			await expect(zoomIn(page)).toHaveAttribute('aria-disabled', 'true');
			const { labels } = await axis(page);
			expect(labels.map((l) => l.text).join(' ')).toMatch(lang === 'zh' ? /\d+月\d+日/ : /\d+ Dec/);
		}
	});
}
