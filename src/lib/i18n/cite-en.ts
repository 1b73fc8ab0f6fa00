/** The Cite dialog's text: loaded with the dialog, the first time a reader asks for it. */
export const enCite = {
	heading: 'Cite this page',
	intro: (title: string, version: string, date: string) =>
		`“${title}”, in version ${version} of the content (last updated ${date}), as you read it today.`,
	formats: { apa: 'APA 7', gbt: 'GB/T 7714-2015', bibtex: 'BibTeX' },
	copy: 'Copy',
	copied: (format: string) => `${format} citation copied`,
	copyFailed: 'Could not copy; select the citation and copy it'
};
