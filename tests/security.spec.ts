import { expect, test } from './support/fixtures';
import { PAGES } from './support/pages';

/** The policy a page declares, as directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

for (const path of [...PAGES.map((p) => p.path), '/day/0']) {
	test(`${path} declares a strict Content-Security-Policy and loads without violating it`, async ({
		page
	}) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective}: ${e.blockedURI}`)
			);
		});
		await page.goto(path);
		const content = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(content, 'a CSP meta tag').toBeTruthy();
		const policy = parsePolicy(content!);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts[0]).toBe("'self'");
		for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		// No way for an injected or third-party script to run.
		const all = [...policy.values()].flat();
		expect(all).not.toContain("'unsafe-eval'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		for (const source of all) expect(source, 'no third-party origin').not.toMatch(/^(https?:|\*)/);
		// Every inline script on the page is one the policy allows by hash.
		const inline = await page.locator('script:not([src])').count();
		expect(scripts.length - 1).toBe(inline);
		if (!path.startsWith('/day/0')) {
			await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
			// Exercise the page a little: zoom (d3 sets styles) and open a panel.
			await page.getByRole('button', { name: 'Zoom in' }).click();
		}
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
		).toEqual([]);
	});
}

test('every link to another site opens without giving it a handle on this one', async ({
	page
}) => {
	for (const { path } of PAGES) {
		await page.goto(path);
		const external = await page
			.locator('a[href^="http"]')
			.evaluateAll((links) =>
				links
					.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
					.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' }))
			);
		if (path !== '/') expect(external.length, `${path} links to its sources`).toBeGreaterThan(0);
		for (const { href, rel } of external) {
			expect(rel.split(/\s+/), `${path}: ${href}`).toEqual(
				expect.arrayContaining(['noopener', 'noreferrer'])
			);
		}
	}
});
