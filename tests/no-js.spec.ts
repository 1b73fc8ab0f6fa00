import { expect, test } from './support/fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the overview is a readable, linked document', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'The twelve days', exact: true }).getByRole('listitem')
	).toHaveCount(12);
	await page.getByRole('link', { name: 'OpenAI o3 and o3-mini', exact: true }).click();
	await expect(page).toHaveURL('/day/12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('OpenAI o3 and o3-mini');
});

test('without JavaScript a day page has its whole content and working links', async ({ page }) => {
	await page.goto('/day/9');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dev Day Holiday Edition');
	await expect(
		page.getByRole('region', { name: 'What was released' }).getByRole('listitem')
	).not.toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('40');
	await expect(page.getByRole('region', { name: 'What the experts said' })).toContainText(
		'Zhou Jian'
	);
	await page.getByRole('link', { name: /Previous day/ }).click();
	await expect(page).toHaveURL('/day/8');
	await page.getByRole('link', { name: /^Close/ }).click();
	await expect(page).toHaveURL('/');
});

test('without JavaScript an unknown path is still a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/day/0');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the overview' }).click();
	await expect(page).toHaveURL('/');
});

test('without JavaScript the timeline markers are plain links to the days', async ({ page }) => {
	await page.goto('/');
	const timeline = page.getByRole('region', { name: 'Timeline of the twelve days' });
	await expect(timeline.getByRole('link', { name: /^Day \d+: / })).toHaveCount(12);
	// The zoom buttons need JavaScript, so they are not shown.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await timeline.getByRole('link', { name: /^Day 7: / }).click();
	await expect(page).toHaveURL('/day/7');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
});
