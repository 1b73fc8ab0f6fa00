// Stands in for d3-time-format inside d3-scale (see scripts/slim-d3.ts). d3-scale's time scales build
// default tick formatters when created, but this site never uses them: ticks are labelled with
// date-fns (ticks.ts), so d3's own formatting stays out of every page's scripts. Any real use
// fails loudly instead of formatting wrongly.

function unavailable(specifier: string) {
	return (): never => {
		throw new Error(
			`d3-time-format is not bundled (format "${specifier}"): label dates with date-fns (src/lib/timeline/ticks.ts)`
		);
	};
}

export const timeFormat = unavailable;
export const utcFormat = unavailable;
