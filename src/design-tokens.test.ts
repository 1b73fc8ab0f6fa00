import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA } from '$lib/components/breakpoints';
import { CATEGORIES } from '$lib/content/constants';

const src = new URL('.', import.meta.url).pathname;
const appCss = readFileSync(join(src, 'app.css'), 'utf8');

/** Every Svelte component and route under src/, with its path and the text of its <style> block. */
const components = (function walk(dir: string): { path: string; text: string; style: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return walk(path);
		if (!entry.name.endsWith('.svelte')) return [];
		const text = readFileSync(path, 'utf8');
		const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';
		return [{ path: path.slice(src.length), text, style }];
	});
})(src);

const COLOUR_LITERAL =
	/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![\w-])(?:white|black)(?![\w-])/i;

describe('design tokens: one source for each', () => {
	it('finds the components it checks', () => {
		expect(components.length).toBeGreaterThan(20);
	});

	it.each(components)(
		'$path writes no colour of its own (colours are tokens in app.css)',
		({ style, text }) => {
			expect(style.match(COLOUR_LITERAL)?.[0]).toBeUndefined();
			// Inline styles set from markup or script.
			for (const [inline] of text.matchAll(/style:[a-z-]+=(?:"[^"]*"|\{[^}]*\})/g)) {
				expect(inline.match(COLOUR_LITERAL)?.[0]).toBeUndefined();
			}
		}
	);

	it.each(components)(
		'$path spaces with the spacing steps (no rem in margins, paddings, gaps)',
		({ style }) => {
			const declarations = style.match(
				/(?:^|[\s;{])(?:margin|padding|gap|row-gap|column-gap)[a-z-]*\s*:[^;]+/g
			);
			for (const declaration of declarations ?? [])
				expect(declaration.match(/[\d.]+rem/)?.[0], declaration).toBeUndefined();
		}
	);

	it.each(components)(
		'$path names its breakpoints (custom media from breakpoints.ts)',
		({ style }) => {
			for (const [, params] of style.matchAll(/@media([^{]*)\{/g)) {
				expect(params).not.toMatch(/width|height/);
				for (const [, name] of params!.matchAll(/\(--([a-z-]+)\)/g))
					expect(MEDIA).toHaveProperty(name!);
			}
		}
	);

	it('defines every custom property the styles read', () => {
		const all = [appCss, ...components.map((c) => c.text)].join('\n');
		const defined = new Set([
			...[...all.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]),
			...[...all.matchAll(/style:(--[a-z0-9-]+)=/g)].map((m) => m[1]),
			...[...all.matchAll(/setProperty\('(--[a-z0-9-]+)'/g)].map((m) => m[1])
		]);
		const read = new Set([...all.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]));
		const undefinedOnes = [...read].filter((name) => !defined.has(name));
		expect(undefinedOnes).toEqual([]);
	});

	it('gives each category, and only those, a colour and a [data-category] rule', () => {
		const colours = [...appCss.matchAll(/--color-([a-z-]+)\s*:/g)].map((m) => m[1]);
		const rules = [...appCss.matchAll(/\[data-category='([a-z-]+)'\]/g)].map((m) => m[1]);
		expect(colours).toEqual([...CATEGORIES]);
		expect(rules).toEqual([...CATEGORIES]);
	});
});
