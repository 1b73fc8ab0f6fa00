// Stands in for d3-time-format inside d3-scale (see vite.config.ts). d3-scale's time scales build
// default tick formatters when created, but this site never uses them: ticks are labelled with
// date-fns (ticks.ts). Keeping d3's own formatting out saves about 3.5 KB gzip on every page.
// Any real use fails loudly instead of formatting wrongly.

function unavailable(specifier: string) {
	return (): never => {
		throw new Error(
			`d3-time-format is not bundled (format "${specifier}"): label dates with date-fns (src/lib/timeline/ticks.ts)`
		);
	};
}

export const timeFormat = unavailable;
export const utcFormat = unavailable;
