import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA } from '$lib/components/breakpoints';
import { CATEGORIES } from '$lib/content/constants';
import { geometryStyle } from '$lib/timeline/geometry';

const src = new URL('.', import.meta.url).pathname;
const tokensCss = readFileSync(join(src, 'tokens.css'), 'utf8');

/**
 * Every Svelte component and route under src/, with its path and the text of its <style> block,
 * and every stylesheet but tokens.css (where the tokens are), whose text is all style.
 */
const components = (function walk(dir: string): { path: string; text: string; style: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return walk(path);
		const text =
			entry.name.endsWith('.svelte') || entry.name.endsWith('.css')
				? readFileSync(path, 'utf8')
				: '';
		if (entry.name.endsWith('.css') && entry.name !== 'tokens.css')
			return [{ path: path.slice(src.length), text, style: text }];
		if (!entry.name.endsWith('.svelte')) return [];
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
		'$path writes no colour of its own (colours are tokens in tokens.css)',
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
		const all = [tokensCss, ...components.map((c) => c.text)].join('\n');
		const defined = new Set([
			...[...all.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]),
			...[...all.matchAll(/style:(--[a-z0-9-]+)=/g)].map((m) => m[1]),
			...[...all.matchAll(/setProperty\('(--[a-z0-9-]+)'/g)].map((m) => m[1]),
			// The timeline's sizes, from its style attribute (geometry.ts).
			...[...geometryStyle().matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1])
		]);
		const read = new Set([...all.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]));
		const undefinedOnes = [...read].filter((name) => !defined.has(name));
		expect(undefinedOnes).toEqual([]);
	});

	it('gives each category, and only those, a colour and a [data-category] rule', () => {
		const colours = [...tokensCss.matchAll(/--color-([a-z-]+)\s*:/g)].map((m) => m[1]);
		const rules = [...tokensCss.matchAll(/\[data-category='([a-z-]+)'\]/g)].map((m) => m[1]);
		expect(colours).toEqual([...CATEGORIES]);
		expect(rules).toEqual([...CATEGORIES]);
	});
});

/** Each colour token's value in the light and the dark theme, from its light-dark() in tokens.css. */
const palette = new Map(
	[...tokensCss.matchAll(/(--[a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)].map(
		([, name, light, dark]) => [name!, { light: light!, dark: dark! }]
	)
);

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string) {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = 4.5;
const GRAPHIC = 3;
const categories = CATEGORIES.map((c) => `--color-${c}`);
/** Colours that meet on screen, and the contrast WCAG AA asks of them: [foreground, background, ratio, where]. */
const PAIRS: [string, string, number, string][] = [
	...['--surface', '--page', '--hover', '--subtle', '--highlight'].map(
		(bg): [string, string, number, string] => ['--text', bg, TEXT, 'text']
	),
	...['--surface', '--page', '--subtle', '--hover'].map((bg): [string, string, number, string] => [
		'--muted',
		bg,
		TEXT,
		'secondary text, axis labels'
	]),
	['--accent', '--surface', TEXT, 'links'],
	['--accent', '--page', TEXT, 'links'],
	['--on-accent', '--accent', TEXT, 'a pressed button'],
	['--success', '--surface', TEXT, '“Link copied”'],
	['--focus', '--surface', GRAPHIC, 'focus ring'],
	['--focus', '--page', GRAPHIC, 'focus ring'],
	['--line', '--surface', GRAPHIC, 'the axis, a text field’s edge'],
	['--line', '--page', GRAPHIC, 'the search field’s edge'],
	['--line', '--subtle', GRAPHIC, 'the axis across a weekend'],
	['--note', '--surface', GRAPHIC, 'a note’s rule'],
	['--chart-bar', '--subtle', GRAPHIC, 'a compared bar on its track'],
	['--muted', '--page', GRAPHIC, 'a dimmed marker’s ring'],
	...categories.flatMap((c): [string, string, number, string][] => [
		['--on-category', c, TEXT, 'a badge’s text'],
		[c, '--surface', GRAPHIC, 'a marker, a card’s edge'],
		[c, '--page', GRAPHIC, 'a marker'],
		[c, '--subtle', GRAPHIC, 'a marker on a weekend, a figure’s own bar']
	])
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
	it('has both values for every colour token', () => {
		expect(palette.size).toBeGreaterThanOrEqual(20);
		const plain = [...tokensCss.matchAll(/(--[a-z-]+):\s*#[0-9a-f]+/g)].map((m) => m[1]);
		expect(plain, 'colour tokens without a dark value').toEqual([]);
	});

	it.each(PAIRS)('%s on %s reaches %s:1 (%s)', (fg, bg, ratio) => {
		const [a, b] = [palette.get(fg)?.[theme], palette.get(bg)?.[theme]];
		expect(a && b, `${fg} and ${bg} are tokens`).toBeTruthy();
		expect(contrast(a!, b!)).toBeGreaterThanOrEqual(ratio);
	});
});
