import { describe, expect, it } from 'vitest';
import { readingFiles, type BundleFile } from './reading-files.ts';

/** A route's node as SvelteKit's client build makes it: an entry holding the route's own modules. */
const node = (name: string, route: string, more: Partial<BundleFile> = {}): BundleFile => ({
	fileName: `_app/immutable/nodes/${name}.js`,
	isEntry: true,
	moduleIds: [
		`/site/.svelte-kit/generated/client-optimized/nodes/${name}.js`,
		`/site/src/routes/${route}`
	],
	...more
});
const chunk = (name: string, more: Partial<BundleFile> = {}): BundleFile => ({
	fileName: `_app/immutable/chunks/${name}.js`,
	moduleIds: [`/site/src/lib/${name}.ts`],
	...more
});

describe('the client files the reading pages use', () => {
	const bundle: BundleFile[] = [
		{
			fileName: '_app/immutable/entry/start.js',
			isEntry: true,
			imports: ['_app/immutable/chunks/runtime.js']
		},
		{
			fileName: '_app/immutable/entry/app.js',
			isEntry: true,
			dynamicImports: [
				'_app/immutable/nodes/0.js',
				'_app/immutable/nodes/1.js',
				'_app/immutable/nodes/2.js'
			]
		},
		node('0', '(site)/[[lang=lang]]/day/[n=day]/+page.svelte', {
			imports: ['_app/immutable/chunks/runtime.js', '_app/immutable/chunks/shared.js'],
			dynamicImports: ['_app/immutable/chunks/dialog.js'],
			css: ['_app/immutable/assets/0.css']
		}),
		node('1', '(pages)/[[lang=lang]]/figures/+page.svelte', {
			imports: ['_app/immutable/chunks/shared.js', '_app/immutable/chunks/table.js'],
			css: ['_app/immutable/assets/1.css']
		}),
		node('2', '(embed)/[[lang=lang]]/embed/day/[n=day]/+page.svelte', {
			imports: ['_app/immutable/chunks/card.js']
		}),
		chunk('runtime'),
		chunk('shared'),
		chunk('table'),
		chunk('card'),
		chunk('dialog', { isEntry: false, css: ['_app/immutable/assets/dialog.css'] }),
		{ fileName: '_app/immutable/assets/0.css' },
		{ fileName: '_app/immutable/assets/1.css' },
		{ fileName: '_app/immutable/assets/dialog.css' }
	];

	it('are what the entries and the reading routes import, at once or on demand, with their styles', () => {
		expect(readingFiles(bundle)).toEqual([
			'_app/immutable/assets/0.css',
			'_app/immutable/assets/dialog.css',
			'_app/immutable/chunks/dialog.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.js',
			'_app/immutable/nodes/0.js'
		]);
	});

	it('leave out the pages of the embed and pages groups, and what only they import', () => {
		const files = readingFiles(bundle);
		for (const file of [
			'_app/immutable/nodes/1.js',
			'_app/immutable/assets/1.css',
			'_app/immutable/chunks/table.js',
			'_app/immutable/nodes/2.js',
			'_app/immutable/chunks/card.js'
		])
			expect(files).not.toContain(file);
	});

	it('keep a chunk a reading page imports at once, whatever else it holds', () => {
		const shared = chunk('shared', {
			moduleIds: ['/site/src/routes/(pages)/[[lang=lang]]/figures/table-query.ts']
		});
		const files = readingFiles(
			bundle.map((file) => (file.fileName === shared.fileName ? shared : file))
		);
		expect(files).toContain('_app/immutable/chunks/shared.js');
	});
});
