import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Like the panels' articles (components/article/article.test.ts), the comparison is drawn when the
// site is built and never runs in the browser: its styles are compare.css, and it has no handlers,
// state or attachments, which would never be bound.
describe('the comparison is static markup', () => {
	it('CompareArticle.svelte has no <style>, handlers, state or attachments', () => {
		const source = readFileSync(new URL('./CompareArticle.svelte', import.meta.url), 'utf8');
		expect(source).not.toMatch(/<style[\s>]/);
		expect(source).not.toMatch(/\son[a-z]+=\{/);
		expect(source).not.toMatch(/\$state|\$effect|bind:|\{@attach|onMount/);
	});
});
