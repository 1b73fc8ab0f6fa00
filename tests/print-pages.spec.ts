import { expect, test } from './support/fixtures';

test.describe('printing the figures and a comparison', { tag: '@no-language' }, () => {
	// A4 at 96 px to the inch, less app.css's 1.5 cm page margins.
	test.use({ viewport: { width: 680, height: 1009 } });

	test('the figures table prints whole (every column and row, no controls); a comparison prints one day above the other', async ({
		page,
		site: { path, days, ui }
	}) => {
		await page.goto(path('/figures'));
		await page.emulateMedia({ media: 'print' });
		const table = page.getByRole('table');
		await expect(table.getByRole('row')).toHaveCount(1 + 31);
		await expect(table.getByRole('columnheader')).toHaveText(
			['Day', 'Category', 'What is measured', 'Value', 'Compared with', 'Status', 'Sources'],
			{ useInnerText: true }
		);
		await expect(page.getByRole('combobox').filter({ visible: true })).toHaveCount(0);
		await expect(page.getByRole('button', { name: ui.cite })).toBeHidden();
		const right = await table.evaluate((el) => el.getBoundingClientRect().right);
		expect(right, 'the table fits the paper').toBeLessThanOrEqual(680);
		// Its sources print with their addresses.
		const source = page
			.getByRole('region', { name: 'Sources', exact: true })
			.getByRole('link', { name: /Competitive Programming with Large Reasoning/ });
		expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
			'" (https://arxiv.org/abs/2502.06807)"'
		);

		await page.goto(path('/compare/1-12'));
		await page.emulateMedia({ media: 'print' });
		const [first, second] = await Promise.all(
			[days[0]!.title, days[11]!.title].map((title) =>
				page.getByRole('region', { name: title, exact: true }).boundingBox()
			)
		);
		expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
		expect(second!.width).toBeGreaterThan(600);
	});
});
