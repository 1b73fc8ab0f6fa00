import type { Category } from '$lib/content/types';
import type { LivestreamTimes } from '$lib/views/views';

/** Interface text in English. Content text lives in $lib/content. */
export const en = {
	siteName: 'Twelve Days',
	tagline: "OpenAI's 12 days of releases, 5-20 December 2024",
	intro: [
		'From 5 to 20 December 2024, OpenAI announced or released something new every weekday for twelve days: reasoning models, video, voice, developer tools and new ways to reach ChatGPT.',
		'Explore what came out each day, the figures behind it, and what people in the industry made of it.'
	],
	skipToContent: 'Skip to content',
	/** The link to the same page in the other language, written in that language. */
	otherLanguage: '中文',
	appearance: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
	shortcuts: { title: 'Keyboard shortcuts' },
	theDays: 'The twelve days',
	search: {
		label: 'Search the twelve days',
		placeholder: 'Try “Sora”, “GPQA” or 强化微调',
		hint: 'Press / to search',
		submit: 'Search',
		clear: 'Clear search',
		loading: 'Loading the search index…',
		failed: 'Search is unavailable: the index could not be loaded.',
		count: (n: number, query: string) =>
			n === 0
				? `No day matches “${query}”.`
				: `${n} ${n === 1 ? 'day matches' : 'days match'} “${query}”.`,
		matchedIn: 'Matched in',
		kinds: {
			title: 'title',
			summary: 'summary',
			feature: 'feature',
			figure: 'figure',
			commentary: 'commentary by'
		}
	},
	lens: {
		show: 'Highlight on the timeline',
		showing: 'Highlighted on the timeline',
		clear: 'Clear highlight',
		active: (title: string) => `Highlighting the days of “${title}”`,
		readMore: 'Read the question'
	},
	themeDays: 'Days it touches',
	verdict: {
		heading: 'The verdict',
		eyebrow: 'The article’s overall judgement',
		readMore: 'The verdict in full',
		points: 'Who judged what'
	},
	themeCommentary: 'What people said',
	themeOf: 'Key question',
	openData: 'Open data',
	openDataBody: 'The whole content, in English and Chinese, as JSON:',
	questionNavigation: 'Previous and next key question',
	previousQuestion: 'Previous question',
	nextQuestion: 'Next question',
	openDataCsv: '; every key figure, as a spreadsheet:',
	/** The header's link to the table of every key figure. */
	allFigures: 'All key figures',
	cite: 'Cite',
	dayNavigation: 'Previous and next day',
	dayLabel: (n: number) => `Day ${n}`,
	/** A day named with its title: "Day 4: Canvas". */
	dayTitled: (n: number, title: string) => `Day ${n}: ${title}`,
	/** What follows a label before its text ("Note: …"). */
	/** A remark in brackets after what it is about: "(GeekPark)". */
	inBrackets: (text: string) => `(${text})`,
	colon: ': ',
	/** Between two parts of one line: a role and its organisation, a title and its publisher. */
	comma: ', ',
	dayOf: (n: number, total: number) => `Day ${n} of ${total}`,
	readDay: (n: number) => `Read day ${n}`,
	summary: 'Summary',
	features: 'What was released',
	figures: 'Key figures',
	commentary: 'What people said',
	keyQuestions: 'Key questions',
	sources: 'Sources',
	notes: 'Where the record differs from the article',
	noteLabel: 'Note',
	/** The record gives the start as about 10:00 Pacific. */
	livestream: (time: LivestreamTimes) =>
		`Livestream at about ${time.pacific} Pacific (${time.utc} UTC)`,
	previousDay: 'Previous day',
	close: 'Close',
	closePanel: 'Close and return to the overview',
	/** Share buttons: the page itself, and the reader's view of it (zoom, highlight, search). */
	shareDay: 'Share this day',
	shareQuestion: 'Share this question',
	shareVerdict: 'Share the verdict',
	shareView: 'Share this view',
	linkCopied: 'Link copied',
	copyFailed: 'Could not copy; the link is in the address bar',
	chartLabel: (label: string) => `Comparison: ${label}`,
	ogAlt: 'Twelve Days: a timeline of OpenAI’s twelve days of releases, December 2024',
	dayOgAlt: (n: number, title: string) => `Day ${n} of OpenAI’s twelve days: ${title}`,
	nextDay: 'Next day',
	backToOverview: 'All twelve days',
	official: 'official',
	articleClaim: 'The article’s figure, unconfirmed',
	sourceLabel: 'Source',
	reportedUnder: ' is reported under',
	fullStop: '.',
	listSeparator: ', ',
	inTheirWords: 'In their words (translated)',
	questionLabel: 'Key question',
	noFigures: 'No figures were given for this day.',
	noCommentary: 'The article reports no commentary on this day.',
	notFoundTitle: 'Page not found',
	notFoundBody:
		'There is no page at this address. It may have been mistyped: every page of the site is linked below.',
	notFoundDayRange: 'There are twelve days, numbered 1 to 12: this address names none of them.',
	notFoundMoved: 'The page you asked for is here:',
	offlineTitle: 'You are offline',
	offlineBody:
		'This page has not been kept on this device, and without a connection it cannot be fetched: it opens once you are online again. The pages kept here open offline; every page of the site is linked below.',
	notFoundHome: 'Go to the overview',
	errorTitle: 'Something went wrong',
	about: 'About',
	aboutBody:
		'Built from a GeekPark analysis article (24 December 2024) and a fact sheet that checks it against stored copies of public material: OpenAI’s pages, posts and livestream captions, and secondary sources such as news coverage and community notes. Every sentence here is our own summary; figures link to their sources.',
	/** The footer's note on offline reading, shown once the offline worker runs. */
	offline: {
		/** What the note calls the editions kept (or to keep). */
		editions: {
			en: 'English edition',
			zh: 'Chinese edition',
			both: 'English and Chinese editions'
		},
		size: (kib: number) => `about ${Math.round(kib / 10) * 10} KB`,
		kept: (editions: string, size: string) =>
			`This site works offline after one visit: your browser keeps the overview, the twelve days, the key questions and the verdict of the ${editions} (${size}), and the search once you have used it.`,
		opened: 'The pages you open are kept for reading offline.',
		asOpened:
			'Your browser asks to save data: only the pages you open are kept for reading offline.',
		keep: (edition: string, size: string) => `Keep the ${edition} offline (${size})`,
		keepToo: (edition: string, size: string) => `Keep the ${edition} offline too (${size})`,
		keeping: (edition: string) => `Keeping the ${edition}…`,
		done: (edition: string) => `The ${edition} is kept: it opens offline too.`,
		failed: (edition: string) =>
			`Could not keep the ${edition}: check your connection and try again.`
	},
	timeline: {
		heading: 'Timeline of the twelve days',
		instructions:
			'Left and right arrow keys move between days, Home and End jump to the first and last, Enter opens a day. Plus and minus zoom, 0 resets.',
		zoomControls: 'Zoom controls',
		controlsToggle: 'Zoom controls and legend',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Reset zoom',
		timeZone: 'Times in UTC',
		legend: 'Categories',
		wheelHint: (mac: boolean) => `${mac ? '⌘ Cmd' : 'Ctrl'} + scroll to zoom`,
		announce: (n: number, total: number, title: string, date: string) =>
			`Day ${n} of ${total}: ${title}, ${date}`,
		markerDescription: (n: number, title: string, date: string) => `Day ${n}: ${title}, ${date}`,
		/** One end of the zoomed range: a day's axis label and a UTC time. */
		instant: (day: string, time: string) => `${day}, ${time}`,
		showing: (from: string, to: string) => `Timeline shows ${from} to ${to} UTC`,
		showingAll: 'Timeline shows all three weeks',
		/** Over the timeline when no day is in view, before the buttons to the nearest days. */
		emptyView: 'No day in view. The nearest:',
		/** The range said when no day is in it. */
		rangeWithoutDays: (range: string, ...days: number[]) =>
			`${range}. No day in view; the nearest: ${days.map((n) => `day ${n}`).join(' and ')}.`
	},
	embed: {
		/** The embeds' pages (and the title attribute of their frames). */
		frameTitle: (n: number, title: string) => `Day ${n}: ${title} · Twelve Days`,
		timelineTitle: 'Twelve Days: a timeline of OpenAI’s 12 days of releases',
		readMore: 'Read more on Twelve Days',
		newTab: 'Opens Twelve Days in a new tab',
		month: 'December 2024',
		instructions:
			'Left and right arrow keys move between days and show each one below, Home and End jump to the first and last, Enter opens the day on Twelve Days in a new tab.',
		// The embed code dialog.
		button: 'Embed',
		timelineButton: 'Embed the timeline',
		dayHeading: 'Embed this day',
		timelineHeading: 'Embed the timeline',
		intro:
			'Paste this code into your page where the card should appear. It fits any column from 280 to 800 pixels wide: its line of script sizes the frame to the card, and on a page that allows no script the frame is tall enough anyway. Its links open Twelve Days in a new tab.',
		language: 'Language of the embed',
		code: 'Embed code',
		copy: 'Copy code',
		copied: 'Code copied',
		copyFailed: 'Could not copy; select the code and copy it'
	},
	categories: {
		model: 'Model',
		'developer-platform': 'Developer platform',
		'product-feature': 'Product feature',
		ecosystem: 'Ecosystem & distribution'
	} satisfies Record<Category, string>
};
