import type { CATEGORIES } from './constants';

/** A string in both languages the site is written in. */
export interface Localized {
	en: string;
	zh: string;
}

export type Locale = keyof Localized;

/** The four kinds of release, following the article's split (§04). */
export type Category = (typeof CATEGORIES)[number];

/** Slugs of the article's four key questions (sections 01-04). */
export type ThemeSlug =
	'depth-and-breadth' | 'engine-and-deployment' | 'sora-and-video' | 'super-app';

/** Ids of the people (or unnamed sources) that commentary is attributed to. */
export type PersonId =
	| 'li-shiyun'
	| 'liu-zhiyuan'
	| 'zhou-jian'
	| 'tang-jiayu'
	| 'kevin-weil'
	| 'sam-altman'
	| 'unnamed-technical-person'
	| 'unnamed-model-lead'
	| 'unnamed-openai-staff'
	| 'unnamed-industry-voices'
	| 'unnamed-practitioner'
	| 'unnamed-quipster'
	| 'unnamed-sceptic';

/**
 * Words the article itself puts in quotation marks (「…」) and gives to a speaker: never its author's
 * narration or headings, which are reported in our words instead. The article is Chinese, so the
 * quotation carries its own wording beside our translation; `quotes.test.ts` finds every `zh`
 * inside the article's quotation marks, word for word.
 */
export interface Quotation {
	/** The article's wording, exactly as it stands inside its 「」 (only whitespace may differ). */
	zh: string;
	/** Our English translation of it. */
	en: string;
}

/** A citable page: an official link, the article, or a secondary source used for a check. */
export interface Source {
	/** Unique across the whole site (shared sources and every day's own). */
	id: string;
	title: Localized;
	/** https only; validated. */
	url: string;
	/** Who published it, e.g. "OpenAI", "ARC Prize", "GeekPark". */
	publisher: Localized;
	/** Official material (OpenAI, ARC Prize) as opposed to the article or coverage. */
	official: boolean;
}

/** A named person, or the article's description of an unnamed source. */
export interface Person {
	id: PersonId;
	/** For an unnamed source, the article's own descriptor ("a technical person at a Chinese LLM company"). */
	name: Localized;
	named: boolean;
	role: Localized;
	organisation: Localized;
	/**
	 * Ids this entry was published under before (in /days.json), so that a reader who kept one can
	 * still find it. Never used for a new citation: content names the current id.
	 */
	formerIds?: string[];
}

export interface Theme {
	slug: ThemeSlug;
	/** The article's section number, 1..4. */
	section: number;
	title: Localized;
	/** The key question as a question. */
	question: Localized;
	/** Its thesis in our words. */
	thesis: Localized;
	/** Day numbers the question touches, ascending. */
	days: number[];
}

export interface Feature {
	title: Localized;
	/** One or two sentences. */
	description: Localized;
	/** Where the checked record differs from the article, a one-line note. */
	note?: Localized;
	/** Source ids backing this feature. */
	sources: string[];
}

/** One bar of a figure's comparison chart. */
export interface ComparisonBar {
	label: Localized;
	value: number;
	/** The bar that is the figure itself (drawn emphasised). */
	subject?: boolean;
	/**
	 * The day whose release this bar measures, when it is another day's (day 12's o1 bars measure
	 * the o1 of day 1). The bar measures what its figure does (the figure's `measure`), so the two
	 * days' values can share one chart.
	 */
	day?: number;
}

export interface Figure {
	/** Unique within the day, kebab-case. */
	id: string;
	/**
	 * What the value measures, as a stable kebab-case id shared by every figure (and, through its
	 * figure, every bar) that measures the same thing, on any day, in the same unit: "gpqa-diamond",
	 * "codeforces-rating". Figures and bars of one measure can be drawn on one scale.
	 */
	measure: string;
	label: Localized;
	/** The number a chart can draw. */
	value: number;
	/** How to show the value when the plain number would mislead ("~50", "1/4", "> 25"). */
	display?: Localized;
	unit: Localized;
	/** What it is compared with, in words. */
	comparison?: Localized;
	/** The comparison as numbers on one scale, for a bar chart; includes the subject bar. */
	bars?: ComparisonBar[];
	/** Where the checked record differs from the article: the checked value is shown and this says what the article claimed. */
	note?: Localized;
	/**
	 * True when only the article gives this figure and no checked source confirms it. Such a
	 * figure is shown as the article's claim beside its note: never charted (no bars), never a
	 * day's headline figure.
	 */
	unverified?: boolean;
	/** At least one source id. */
	sources: string[];
}

export interface Commentary {
	person: PersonId;
	/** Their argument, reported in our words. */
	argument: Localized;
	/**
	 * Words the article itself puts in quotation marks as this person's (never the author's
	 * narration, a heading or reported speech): a phrase of a few words, the article's wording (zh)
	 * and our translation (en).
	 */
	quote?: Quotation;
	theme: ThemeSlug;
	/** Source id, normally the article. */
	source: string;
}

/**
 * A pointer to a comment reported in full on another day: a remark about two days is told once
 * (so its key question lists it once) and linked from the other.
 */
export interface CommentaryLink {
	person: PersonId;
	/** The day whose commentary holds it. */
	day: number;
	/** What the comment says, as the subject of a sentence ("Liu Zhiyuan's argument that ..."). */
	about: Localized;
}

export interface Day {
	/** 1..12 */
	number: number;
	/** Calendar date in Pacific Time, YYYY-MM-DD. */
	date: string;
	/**
	 * Livestream start as a UTC instant, ISO 8601 with Z. The record gives only about 10:00 Pacific
	 * (18:00 UTC) for every stream, so this is approximate and is shown as "about".
	 */
	livestreamStart: string;
	/** Official livestream title (English) and our Chinese rendering. */
	title: Localized;
	/** A few words for timeline labels, e.g. "o3", "Sora". */
	shortTitle: Localized;
	category: Category;
	/** One line. */
	summary: Localized;
	features: Feature[];
	figures: Figure[];
	/** Id of the figure a day card shows, if the day has figures. */
	headlineFigure?: string;
	commentary: Commentary[];
	/** Comments on this day that are reported in full under another day. */
	commentaryElsewhere?: CommentaryLink[];
	/** Key questions this day belongs to. */
	themes: ThemeSlug[];
	/** This day's own sources (official links first); shared ones live in sources.ts. */
	sources: Source[];
	/** Differences between the article and the checked record that concern the day as a whole. */
	notes: Localized[];
}

/** One judgement in the article's verdict, attributed like all commentary. */
export interface VerdictPoint {
	/** A few words naming the point, our own. */
	title: Localized;
	person: PersonId;
	/** The judgement, reported in our words. */
	argument: Localized;
	/** As in Commentary: only words the article quotes from this person, a short phrase. */
	quote?: Quotation;
	/** Where the checked record adds to or qualifies what the article says. */
	note?: Localized;
	/** The key question it belongs to, if one. */
	theme?: ThemeSlug;
	/** Days it concerns, ascending (empty for the series as a whole). */
	days: number[];
	/** Source ids: the article, and any source that checks a fact the point reports. */
	sources: string[];
}

/** The article's overall judgement of the series: beyond the four key questions. */
export interface Verdict {
	/** Two or three sentences, our summary of the judgement. */
	summary: Localized;
	points: VerdictPoint[];
	/** The verdict's own sources (the shared ones, such as the article, live in sources.ts). */
	sources: Source[];
}
