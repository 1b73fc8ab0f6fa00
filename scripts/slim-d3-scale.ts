import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const shims: Record<string, string> = {
	'd3-format': '../src/lib/timeline/shims/d3-format.ts',
	'd3-time-format': '../src/lib/timeline/shims/d3-time-format.ts',
	'd3-interpolate': '../src/lib/timeline/shims/d3-interpolate.ts'
};

/**
 * When d3-scale (and only d3-scale) imports d3-format, d3-time-format or d3-interpolate, hand it
 * the small shims in src/lib/timeline/shims: it needs them only for default tick formats and
 * colour interpolation, which this site never uses. Other importers (d3-zoom, d3-transition)
 * get the real packages. Keeps ~9 KB gzip off every page.
 */
export function slimD3Scale(): Plugin {
	return {
		name: 'slim-d3-scale',
		enforce: 'pre',
		resolveId(source, importer) {
			const shim = shims[source];
			if (!shim || !importer || !/[\\/]d3-scale[\\/]/.test(importer)) return null;
			return fileURLToPath(new URL(shim, import.meta.url));
		}
	};
}
