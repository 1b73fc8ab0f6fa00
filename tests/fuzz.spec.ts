import { expect, test } from '@playwright/test';
import { expectedStatus, fuzzPath, random } from './support/fuzz-paths';

const SEED = Number(process.env.FUZZ_SEED ?? 20241220);
const CASES = 200;
const SHARDS = 4;

const rand = random(SEED);
const paths = Array.from({ length: CASES }, () => fuzzPath(rand));

for (let shard = 0; shard < SHARDS; shard++) {
	test(`fuzz: paths ${shard * 50 + 1}-${(shard + 1) * 50} of ${CASES} are a page or the 404 page (seed ${SEED})`, async ({
		page,
		baseURL
	}) => {
		let problems: string[] = [];
		page.on('console', (m) => {
			// Chromium logs the 404 status of the page itself as a failed load; anything else counts.
			if (m.type() === 'error' && !/Failed to load resource: .*404/.test(m.text()))
				problems.push(`console: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
		for (const path of paths.slice(shard * 50, (shard + 1) * 50)) {
			const where = `seed ${SEED} (FUZZ_SEED=${SEED} to repeat), path ${JSON.stringify(path)}`;
			problems = [];
			const response = await page.goto(path);
			const expected = expectedStatus(path, baseURL!);
			expect(response?.status(), where).toBe(expected);
			const heading = page.getByRole('heading', { level: 1 });
			if (expected === 404) await expect(heading, where).toHaveText('Page not found');
			else await expect(heading, where).not.toHaveText('Page not found');
			expect(
				(await page.locator('body').innerText()).length,
				`${where}: blank page`
			).toBeGreaterThan(200);
			await expect(
				page.getByRole('link', { name: /overview|Twelve Days/ }).first(),
				where
			).toBeVisible();
			if (expected === 200)
				await expect(page.getByRole('button', { name: 'Zoom in' }), where).toBeVisible();
			expect(problems, where).toEqual([]);
		}
	});
}
