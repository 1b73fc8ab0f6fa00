import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The articles are rendered to HTML when the site is built and never run in the browser
// (render-article.ts): scoped styles would reach no page (article.css has their rules), and
// handlers, state or attachments would never be bound.
const folder = new URL('./', import.meta.url);
const components = readdirSync(folder).filter(
	(name) => name.endsWith('.svelte') && name !== 'Article.svelte'
);

describe('article components are static markup', () => {
	it.each(components)('%s has no <style>, handlers, state or attachments', (name) => {
		const source = readFileSync(new URL(name, folder), 'utf8');
		expect(source).not.toMatch(/<style[\s>]/);
		expect(source).not.toMatch(/\son[a-z]+=\{/);
		expect(source).not.toMatch(/\$state|\$effect|bind:|\{@attach|onMount/);
	});
});
