import { expect, test } from './support/fixtures';

test.describe('printing the figures', { tag: '@no-language' }, () => {
	// A4 at 96 px to the inch, less app.css's 1.5 cm page margins.
	test.use({ viewport: { width: 680, height: 1009 } });

	test('the figures table prints whole: every column and row, no controls', async ({
		page,
		site: { path, ui }
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
	});
});
