import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { serverHtml } from './server-html';
import Blocks from './test-fixtures/Blocks.svelte';

const props = { items: ['one', 'two'], note: 'a note' };
const comments = (html: string) => html.match(/<!--.*?-->/g) ?? [];

describe('serverHtml', () => {
	it('is the component’s server markup without Svelte’s hydration markers', () => {
		const full = render(Blocks, { props }).body;
		expect(comments(full).length).toBeGreaterThan(0);
		const html = serverHtml(Blocks, props, new Map());
		expect(comments(html)).toEqual([]);
		expect(html).toBe(full.replace(/<!--.*?-->/g, ''));
		expect(html).toContain('<li>one</li><li>two</li>');
		expect(html).toContain('<p>a note</p>');
	});

	it('has no empty comment, which would end the {@html} block that holds it', () => {
		expect(serverHtml(Blocks, { items: [] }, new Map())).not.toContain('<!---->');
	});
});
