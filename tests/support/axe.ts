import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every WCAG 2.2 A/AA violation axe finds on the page as it is now, one line per failing node; in
 * the part `within` selects, if given (rules about the whole document then do not run).
 */
export async function axeViolations(page: Page, within?: string) {
	const builder = new AxeBuilder({ page });
	if (within) builder.include(within);
	const results = await builder
		// Only violations get their nodes described (passes are not needed), and axe runs in the page
		// itself rather than merging per-frame results in a blank page it opens for each scan: the
		// site has no frames (its CSP and the off-site guard see to that). Together about twice as fast,
		// with the same findings.
		.options({
			runOnly: { type: 'tag', values: WCAG },
			// Label in name (WCAG 2.5.3) is an "experimental" rule, which the tags alone leave out.
			rules: { 'label-content-name-mismatch': { enabled: true } },
			resultTypes: ['violations']
		})
		.setLegacyMode(true)
		.analyze();
	// One line per failing node, so a failure says exactly what and where.
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
	);
}

/**
 * The same, with the frames on the page scanned too (their own documents, whatever their origin):
 * slower, for pages that embed ours.
 */
export async function axeViolationsWithFrames(page: Page) {
	const results = await new AxeBuilder({ page })
		.options({ runOnly: { type: 'tag', values: WCAG }, resultTypes: ['violations'] })
		.analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
	);
}
