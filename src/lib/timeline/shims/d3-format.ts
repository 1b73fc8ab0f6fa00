// Stands in for d3-format inside d3-scale (see scripts/slim-d3.ts): only a linear scale's default
// tickFormat uses it, and this site prints numbers itself (src/lib/i18n/figure.ts), so it stays
// out of every page's scripts; any real use fails loudly.

function unavailable(name: string) {
	return (): never => {
		throw new Error(`d3-format is not bundled (${name}): format numbers in src/lib/i18n/figure.ts`);
	};
}

export const format = unavailable('format');
export const formatPrefix = unavailable('formatPrefix');
export const formatSpecifier = unavailable('formatSpecifier');
export const precisionFixed = unavailable('precisionFixed');
export const precisionPrefix = unavailable('precisionPrefix');
export const precisionRound = unavailable('precisionRound');
