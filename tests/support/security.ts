import { expect, type Page } from '@playwright/test';

type CspWindow = { cspViolations: string[] };

/** Records every Content-Security-Policy violation from the first script on; call before goto. */
export async function recordCspViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as CspWindow).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective}: ${e.blockedURI}`)
		);
	});
}

/** The violations recorded since the page loaded. */
export const cspViolations = (page: Page) =>
	page.evaluate(() => (window as unknown as CspWindow).cspViolations);

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

/** The page declares a strict policy: same-origin only, no eval, inline scripts only by hash. */
export async function expectStrictCsp(page: Page) {
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
	// Styles: the site's own files, and its CSS inlined in the page, by hash.
	const styles = policy.get('style-src') ?? [];
	expect(styles[0]).toBe("'self'");
	for (const source of styles.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
	expect(styles.length - 1, 'one hash per inline stylesheet').toBe(
		await page.locator('style').count()
	);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	for (const source of all) expect(source, 'no third-party origin').not.toMatch(/^(https?:|\*)/);
	// Every inline script on the page is one the policy allows by hash.
	const inline = await page.locator('script:not([src])').count();
	expect(scripts.length - 1, 'one hash per inline script').toBe(inline);
}

/** Every link to another site opens without giving it a handle on this one; returns how many. */
export async function expectSafeExternalLinks(page: Page) {
	const external = await page
		.locator('a[href^="http"]')
		.evaluateAll((links) =>
			links
				.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
				.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' }))
		);
	for (const { href, rel } of external) {
		expect(rel.split(/\s+/), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
	}
	return external.length;
}
