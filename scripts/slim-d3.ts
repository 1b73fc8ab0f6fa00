import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** For each importer (a d3 package), the imports it gets a small shim for instead of the real package. */
const shims: Record<string, Record<string, string>> = {
	// d3-scale needs d3-format, d3-time-format and d3-interpolate only for default tick formats and
	// colour interpolation, which this site never uses (README: Layout of the code).
	'd3-scale': {
		'd3-format': '../src/lib/timeline/shims/d3-format.ts',
		'd3-time-format': '../src/lib/timeline/shims/d3-time-format.ts',
		'd3-interpolate': '../src/lib/timeline/shims/d3-interpolate.ts'
	}
};

/** The d3 package a module path belongs to, if any. */
function d3Package(path: string): string | undefined {
	return /[\\/]node_modules[\\/](d3-[a-z-]+)[\\/]/.exec(path)?.[1];
}

/**
 * Hands d3-scale (and only it) the shims in src/lib/timeline/shims for the parts of its
 * dependencies this site never uses. Other importers get the real packages. Used by the
 * build, the dev server (d3-scale is not pre-bundled, see vite.config.ts), server
 * rendering and the unit tests, so all four resolve the same modules.
 */
export function slimD3(): Plugin {
	return {
		name: 'slim-d3',
		enforce: 'pre',
		resolveId(source, importer) {
			const pkg = importer ? d3Package(importer) : undefined;
			const shim = pkg ? shims[pkg]?.[source] : undefined;
			return shim ? fileURLToPath(new URL(shim, import.meta.url)) : null;
		}
	};
}

/** The packages whose imports are shimmed: never pre-bundled or externalised, so the shims apply. */
export const SLIMMED_D3 = Object.keys(shims);
