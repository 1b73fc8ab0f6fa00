/**
 * Interface text of the pages beyond the explorer (the table of key figures, two days side by
 * side), and text every page shows but the server writes (the links to them that articles draw,
 * the content's version): loaded by those pages and by the server only.
 */
export const enPages = {
	/** The footer's note of what a citation cites (written on the server: no page ships it as code). */
	contentVersion: (version: string, date: string) =>
		`Content version ${version}, last updated ${date}.`,
	figures: {
		title: 'All key figures',
		description:
			'Every key figure of OpenAI’s twelve days of releases in one table: what was measured, the value, what it was compared with, whether a source confirms it, and where it comes from.',
		intro: (n: number) =>
			`Every key figure of the twelve days, ${n} in all: what was measured, its value, what it was compared with, whether a checked source confirms it or it is only the article’s claim, and where it comes from. Sort by any column; choose a day, a category or a key question to see only its figures.`,
		caption: 'Key figures of the twelve days',
		columns: {
			day: 'Day',
			category: 'Category',
			label: 'What is measured',
			value: 'Value',
			comparison: 'Compared with',
			status: 'Status',
			sources: 'Sources'
		},
		confirmed: 'Confirmed',
		claim: 'The article’s claim only',
		filters: 'Show the figures of',
		day: 'Day',
		category: 'Category',
		question: 'Key question',
		any: 'All',
		clear: 'Show every figure',
		showing: (shown: number, total: number) =>
			shown === total ? `All ${total} figures` : `${shown} of ${total} figures`,
		none: 'No figure matches these choices.',
		download: 'Download the table (CSV)',
		downloadNote: 'UTF-8, one row per figure, with the sources’ addresses.',
		jump: 'Go to the figures of a day',
		tableLabel: 'Table of key figures'
	},
	compare: {
		title: (a: number, b: number) => `Day ${a} and day ${b} side by side`,
		description: (a: string, b: string) =>
			`${a} and ${b}, side by side: when they came, what was released, their key figures, what people said and the key questions they belong to.`,
		shared: 'Measured on both days',
		sharedIntro:
			'Where both days have a value for the same measure, the values share one chart, on one scale.',
		noShared: 'No measure has a value on both days: their key figures measure different things.',
		/** A bar of a shared chart: the day whose release it measures, and what it is. */
		bar: (day: number, label: string) => `Day ${day}: ${label}`,
		from: 'From the figures of',
		change: (n: number) => `Change day ${n}`,
		pick: 'Other days',
		/** A day's article: the days to put beside it, and the table of every figure. */
		compareWith: 'Compare with…',
		allFigures: 'All key figures, in one table'
	}
};
