import { DAYS } from './support/days';
import { expect, test } from './support/fixtures';

test('the overview lists the twelve days, each linking to its page', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(/^Twelve Days · /);
	await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
	const list = page
		.getByRole('region', { name: 'The twelve days', exact: true })
		.getByRole('listitem');
	await expect(list).toHaveCount(12);
	for (const { n, title } of DAYS) {
		const card = list.nth(n - 1);
		await expect(card).toContainText(`Day ${n}`);
		await expect(card.getByRole('link', { name: title, exact: true })).toHaveAttribute(
			'href',
			`/day/${n}`
		);
	}
	await expect(list.first()).toContainText('Thursday 5 December 2024');
	await expect(list.last()).toContainText('Friday 20 December 2024');
	await expect(list.last()).toContainText('Model');
});

for (const { n, title } of DAYS) {
	test(`day ${n} renders as a complete document`, async ({ page }) => {
		const response = await page.goto(`/day/${n}`);
		expect(response?.status()).toBe(200);
		await expect(page).toHaveTitle(`Day ${n} · ${title} · Twelve Days`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const panel = page.getByRole('region', { name: title, exact: true });
		await expect(panel.getByText(`Day ${n} of 12`)).toBeVisible();
		for (const section of [
			'What was released',
			'Key figures',
			'What the experts said',
			'Key questions',
			'Sources'
		]) {
			await expect(panel.getByRole('heading', { level: 2, name: section })).toBeVisible();
		}
		const nav = panel.getByRole('navigation', { name: 'Previous and next day' });
		const previous = nav.getByRole('link', { name: /Previous day/ });
		const next = nav.getByRole('link', { name: /Next day/ });
		if (n > 1) await expect(previous).toHaveAttribute('href', `/day/${n - 1}`);
		else await expect(previous).toHaveCount(0);
		if (n < 12) await expect(next).toHaveAttribute('href', `/day/${n + 1}`);
		else await expect(next).toHaveCount(0);
	});
}

test('day 12 shows its figures, commentary and the notes where the record differs', async ({
	page
}) => {
	await page.goto('/day/12');
	const figures = page.getByRole('region', { name: 'Key figures', exact: true });
	await expect(figures).toContainText('87.7');
	await expect(figures).toContainText('2727');
	await expect(figures.getByText(/Note:/).first()).toBeVisible();
	const commentary = page.getByRole('region', { name: 'What the experts said' });
	await expect(commentary).toContainText('Liu Zhiyuan');
	await expect(commentary.getByRole('link', { name: /GeekPark/ }).first()).toHaveAttribute(
		'href',
		/^https:\/\/mp\.weixin\.qq\.com\//
	);
});

test('every page has its head tags, built from the site origin', async ({ page }) => {
	for (const path of ['/', '/day/3']) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(/^https:\/\//);
		expect(new URL(canonical ?? '').pathname).toBe(path);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
			'content',
			canonical ?? ''
		);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{50,}$/);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
			'content',
			await page.title()
		);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
	}
});

const BAD_PATHS = [
	'/day/0',
	'/day/13',
	'/day/abc',
	'/day/1.5',
	'/day/01',
	'/day/3/extra',
	'/nope',
	'/day/',
	'/404'
];

for (const path of BAD_PATHS) {
	test(`${path} is a real 404 page with a way back`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle(/Page not found/);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await page.getByRole('link', { name: 'Go to the overview' }).click();
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Twelve Days' })).toBeVisible();
	});
}

test('the 404 page loads its styles at any depth', async ({ page }) => {
	await page.goto('/day/3/extra/deeper');
	const stylesheets = await page
		.locator('link[rel="stylesheet"]')
		.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href') ?? ''));
	expect(stylesheets.length).toBeGreaterThan(0);
	for (const href of stylesheets) expect(href).toMatch(/^\//);
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(246, 247, 249)');
});

test('the 404 page links to all twelve days', async ({ page }) => {
	await page.goto('/day/13');
	const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Day 1:/ }) });
	await expect(list.getByRole('link')).toHaveCount(12);
	await list.getByRole('link', { name: /^Day 12:/ }).click();
	await expect(page).toHaveURL('/day/12');
});

test('moving between days by the previous/next links works client-side', async ({ page }) => {
	await page.goto('/day/1');
	await page.getByRole('link', { name: /Next day/ }).click();
	await expect(page).toHaveURL('/day/2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement Fine-Tuning');
	await expect(page).toHaveTitle('Day 2 · Reinforcement Fine-Tuning · Twelve Days');
});
