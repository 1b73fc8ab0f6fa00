import type { Plugin } from 'vite';
import { READING_FILES } from '../src/lib/site/reading-files-path.ts';

/** What the client bundle says of one of its files (the parts of Rollup's output this needs). */
export interface BundleFile {
	fileName: string;
	/** For a chunk: what it imports, at once and on demand, the modules in it and whether it is an entry. */
	imports?: string[];
	dynamicImports?: string[];
	moduleIds?: string[];
	isEntry?: boolean;
	/** The styles and other files a chunk brings with it (Vite's metadata). */
	css?: string[];
	assets?: string[];
}

/**
 * The route groups whose pages an offline edition does not keep until they are opened: the embeds,
 * framed by other sites, and the table of key figures and the comparisons of two days (src/routes).
 */
const NOT_IN_AN_EDITION = /[\\/]src[\\/]routes[\\/]\((embed|pages)\)[\\/]/;

/**
 * The client files the reading pages can use: the entries (SvelteKit's start and app, and each
 * route's node) and everything they import, at once or on demand, except the entries and on-demand
 * chunks of the groups above (their pages) and what only those import.
 */
export function readingFiles(bundle: BundleFile[]): string[] {
	const byName = new Map(bundle.map((file) => [file.fileName, file]));
	const reached = new Set<string>();
	const ofAnotherGroup = (file: BundleFile) =>
		file.moduleIds?.some((id) => NOT_IN_AN_EDITION.test(id)) ?? false;
	// What a chunk imports at once, it needs: kept whatever it holds.
	const visit = (name: string, atOnce: boolean) => {
		const file = byName.get(name);
		if (!file || reached.has(name) || (!atOnce && ofAnotherGroup(file))) return;
		reached.add(name);
		for (const next of [...(file.imports ?? []), ...(file.css ?? []), ...(file.assets ?? [])])
			visit(next, true);
		for (const next of file.dynamicImports ?? []) visit(next, false);
	};
	for (const file of bundle) if (file.isEntry) visit(file.fileName, false);
	return [...reached].sort();
}

/**
 * Writes the list (READING_FILES, a JSON array of paths under the build's root) into the client
 * build: the offline worker keeps those files with an edition, not the embeds' or the other pages'
 * (it keeps a page's files as it is opened).
 */
export function readingFilesList(): Plugin {
	return {
		name: 'reading-files',
		apply: 'build',
		// Last, once Vite has dropped the chunks that held styles only (their styles go with the chunks
		// that imported them).
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (this.environment.config.consumer !== 'client') return;
				const files = Object.values(bundle).map((file): BundleFile =>
					file.type === 'chunk'
						? {
								fileName: file.fileName,
								imports: file.imports,
								dynamicImports: file.dynamicImports,
								moduleIds: file.moduleIds,
								isEntry: file.isEntry,
								css: [...(file.viteMetadata?.importedCss ?? [])],
								assets: [...(file.viteMetadata?.importedAssets ?? [])]
							}
						: { fileName: file.fileName }
				);
				this.emitFile({
					type: 'asset',
					fileName: READING_FILES.slice(1),
					source: JSON.stringify(readingFiles(files))
				});
			}
		}
	};
}
