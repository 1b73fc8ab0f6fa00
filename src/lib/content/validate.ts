import { CATEGORIES, DAY_COUNT, FIRST_DATE, LAST_DATE, THEME_SLUGS } from './constants';
import { ARTICLE_AUTHOR } from './people';
import type {
	Day,
	Localized,
	Person,
	PersonId,
	Quotation,
	Source,
	Theme,
	ThemeSlug,
	Verdict
} from './types';

/** Everything the validator needs, passed in so tests can feed it broken content. */
export interface ContentSet {
	days: readonly Day[];
	themes: readonly Theme[];
	people: Readonly<Record<string, Person>>;
	sharedSources: readonly Source[];
	verdict: Verdict;
}

const VERDICT_FILE = 'src/lib/content/verdict.ts';

/** A quote is a phrase, not a passage: at most this many characters (zh) or words (en). */
export const MAX_QUOTE = { zh: 15, en: 8 };

/** One word per concept in Chinese: the variant to avoid, and the word this site uses. */
export const PREFERRED_TERMS: readonly { avoid: string; use: string }[] = [
	{ avoid: '缩放定律', use: 'Scaling Law' },
	{ avoid: '正式版', use: '完整版' },
	{ avoid: '技术人员', use: '技术人士' }
];

/** Quotation marks other than “”, which Chinese text here never uses. */
const OTHER_ZH_QUOTES = /[「」『』"]/;

/** The spans inside quotation marks (“…”, 「…」 or "…") in a text. */
function quotedSpans(text: string): string[] {
	return [...text.matchAll(/“([^”]*)”|「([^」]*)」|"([^"]*)"/g)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? ''
	);
}

/** Visits every string in a value with its path ("features[2].description.zh"). */
function eachString(
	value: unknown,
	path: string,
	visit: (text: string, path: string) => void
): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value))
		value.forEach((item, i) => eachString(item, `${path}[${i}]`, visit));
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value))
			eachString(item, path ? `${path}.${key}` : key, visit);
	}
}

/**
 * Chinese style: “” quotation marks only, and one word per concept (except in a quotation, which
 * is the article's own wording). Paths are relative to `value`.
 */
function chineseStyle(value: unknown): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	eachString(value, '', (text, path) => {
		if (!path.endsWith('.zh') && path !== 'zh') return;
		const mark = OTHER_ZH_QUOTES.exec(text);
		if (mark) problems.push({ path, message: `uses ${mark[0]}; Chinese text quotes with “”` });
		if (path.endsWith('quote.zh')) return;
		for (const { avoid, use } of PREFERRED_TERMS) {
			if (text.includes(avoid))
				problems.push({ path, message: `says ${avoid}; this site writes ${use}` });
		}
	});
	return problems;
}

/**
 * What makes a reported comment honest about its words: the quote is a short phrase, never the
 * author's (everything she writes is the article's narration), and quotation marks in the
 * argument hold only words of that quote. That the quote is the article's own wording, inside its
 * quotation marks, is checked against the article itself by quotes.test.ts. Paths are relative to
 * `entry`.
 */
function quoteProblems(entry: {
	person: PersonId;
	argument: Localized;
	quote?: Quotation;
}): { path: string; message: string }[] {
	const problems: { path: string; message: string }[] = [];
	if (entry.quote && entry.person === ARTICLE_AUTHOR)
		problems.push({
			path: 'quote',
			message: `"${entry.quote.zh}" is the author's own narration, not a quotation; report it in our words, without a quote`
		});
	if (entry.quote) {
		const chars = [...entry.quote.zh].length;
		if (chars > MAX_QUOTE.zh)
			problems.push({
				path: 'quote.zh',
				message: `"${entry.quote.zh}" is ${chars} characters; a quote is a phrase of at most ${MAX_QUOTE.zh}`
			});
		const words = entry.quote.en.trim().split(/\s+/).length;
		if (words > MAX_QUOTE.en)
			problems.push({
				path: 'quote.en',
				message: `"${entry.quote.en}" is ${words} words; a quote is a phrase of at most ${MAX_QUOTE.en}`
			});
	}
	for (const locale of ['en', 'zh'] as const) {
		for (const span of quotedSpans(entry.argument[locale])) {
			if (!entry.quote || !entry.quote[locale].includes(span))
				problems.push({
					path: `argument.${locale}`,
					message: `“${span}” is in quotation marks but is not the speaker's quoted words (the quote field); paraphrase it without marks`
				});
		}
	}
	return problems;
}

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The file a day lives in, so every message points at something a person can open. */
export function dayFile(number: unknown): string {
	const n = typeof number === 'number' && Number.isInteger(number) ? number : NaN;
	return Number.isNaN(n)
		? `src/lib/content/days/(day with number ${String(number)})`
		: `src/lib/content/days/day-${String(n).padStart(2, '0')}.ts`;
}

/** Walks every string in a value and reports empty ones (either language) by path. */
function emptyStrings(value: unknown, path: string, out: string[]): void {
	if (typeof value === 'string') {
		if (value.trim() === '') out.push(path);
	} else if (Array.isArray(value)) {
		value.forEach((item, i) => emptyStrings(item, `${path}[${i}]`, out));
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) emptyStrings(item, `${path}.${key}`, out);
	}
}

function isHttps(url: string): boolean {
	try {
		return new URL(url).protocol === 'https:';
	} catch {
		return false;
	}
}

function weekdayOf(date: string): number {
	return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Checks the whole content set; returns one message per problem, naming the file and the field. */
export function validateContent(content: ContentSet): string[] {
	const errors: string[] = [];
	const themeSlugs = new Set<ThemeSlug>(content.themes.map((t) => t.slug));
	const sharedIds = new Set(content.sharedSources.map((s) => s.id));
	const seenSourceIds = new Map<string, string>();
	// Who is cited anywhere, and where each quote appears (a quote is told once).
	const cited = new Set<string>();
	const quotes = new Map<string, string>();
	const noteQuote = (quote: Quotation | undefined, where: string, field: string) => {
		if (!quote) return;
		const earlier = quotes.get(quote.zh);
		if (earlier)
			errors.push(
				`${where}: ${field}: "${quote.zh}" is already quoted in ${earlier}; tell a remark once and link to it (commentaryElsewhere)`
			);
		else quotes.set(quote.zh, `${where} ${field}`);
	};

	const checkSource = (source: Source, where: string) => {
		if (!isHttps(source.url)) errors.push(`${where}.url: "${source.url}" is not an https URL`);
		const earlier = seenSourceIds.get(source.id);
		if (earlier) errors.push(`${where}.id: "${source.id}" is already used in ${earlier}`);
		else seenSourceIds.set(source.id, where);
	};
	content.sharedSources.forEach((s, i) => checkSource(s, `src/lib/content/sources.ts: [${i}]`));

	const numbers = content.days.map((d) => d.number);
	const expected = Array.from({ length: DAY_COUNT }, (_, i) => i + 1);
	if (numbers.join() !== expected.join()) {
		errors.push(
			`src/lib/content/index.ts: days: numbers must be exactly 1..${DAY_COUNT} in order, got [${numbers.join(', ')}]`
		);
	}

	let previousDate = '';
	for (const day of content.days) {
		const file = dayFile(day.number);
		const at = (field: string, message: string) =>
			errors.push(`${file}: day ${day.number}: ${field}: ${message}`);
		const localIds = new Set(day.sources.map((s) => s.id));
		const knownSource = (id: string) => localIds.has(id) || sharedIds.has(id);

		const empties: string[] = [];
		emptyStrings(day, '', empties);
		for (const path of empties) at(path.slice(1), 'is empty');
		for (const { path, message } of chineseStyle(day)) at(path, message);

		if (!ISO_DATE.test(day.date) || Number.isNaN(Date.parse(day.date))) {
			at('date', `"${day.date}" is not a YYYY-MM-DD date`);
		} else {
			if (day.date < FIRST_DATE || day.date > LAST_DATE) {
				at('date', `${day.date} is outside ${FIRST_DATE}..${LAST_DATE}`);
			}
			const weekday = weekdayOf(day.date);
			if (weekday === 0 || weekday === 6) at('date', `${day.date} falls on a weekend`);
			if (previousDate && day.date <= previousDate) {
				at('date', `${day.date} does not come after the previous day's ${previousDate}`);
			}
			previousDate = day.date;
		}
		if (!ISO_INSTANT.test(day.livestreamStart) || Number.isNaN(Date.parse(day.livestreamStart))) {
			at(
				'livestreamStart',
				`"${day.livestreamStart}" is not a UTC instant like 2024-12-05T18:00:00Z`
			);
		} else if (ISO_DATE.test(day.date)) {
			// The stream starts on the Pacific date, so its UTC instant lies on that date or the next.
			const hours = (Date.parse(day.livestreamStart) - Date.parse(`${day.date}T00:00:00Z`)) / 3.6e6;
			if (hours < 0 || hours >= 48)
				at('livestreamStart', `${day.livestreamStart} is not on ${day.date}`);
		}
		if (!KNOWN_CATEGORIES.has(day.category))
			at('category', `"${day.category}" is not a known category`);

		day.sources.forEach((s, i) => checkSource(s, `${file}: day ${day.number}: sources[${i}]`));
		day.features.forEach((f, i) => {
			if (f.sources.length === 0) at(`features[${i}].sources`, 'names no source');
			f.sources.forEach((id) => {
				if (!knownSource(id)) at(`features[${i}].sources`, `unknown source id "${id}"`);
			});
		});

		const figureIds = new Set<string>();
		day.figures.forEach((fig, i) => {
			const f = `figures[${i}]`;
			if (typeof fig.value !== 'number' || !Number.isFinite(fig.value))
				at(`${f}.value`, 'is not a finite number');
			if (figureIds.has(fig.id)) at(`${f}.id`, `"${fig.id}" is used twice`);
			figureIds.add(fig.id);
			if (fig.sources.length === 0) at(`${f}.sources`, 'a figure must name at least one source');
			fig.sources.forEach((id) => {
				if (!knownSource(id)) at(`${f}.sources`, `unknown source id "${id}"`);
			});
			fig.bars?.forEach((bar, j) => {
				if (typeof bar.value !== 'number' || !Number.isFinite(bar.value) || bar.value < 0) {
					at(`${f}.bars[${j}].value`, 'is not a non-negative finite number');
				}
			});
			if (fig.unverified) {
				// Only the article gives it: shown as its claim, never drawn as a checked fact.
				if (fig.bars)
					at(`${f}.bars`, 'an unverified figure (only the article gives it) is never charted');
				if (!fig.note)
					at(`${f}.note`, 'an unverified figure needs a note saying what is unconfirmed');
				if (!fig.sources.includes('article'))
					at(`${f}.sources`, 'an unverified figure is the article’s claim, so it cites "article"');
			}
		});
		if (day.headlineFigure !== undefined && !figureIds.has(day.headlineFigure)) {
			at('headlineFigure', `"${day.headlineFigure}" is not the id of one of the day's figures`);
		}
		if (day.figures.find((fig) => fig.id === day.headlineFigure)?.unverified) {
			at(
				'headlineFigure',
				`"${day.headlineFigure}" is unverified and cannot be the day's headline figure`
			);
		}

		day.themes.forEach((slug, i) => {
			if (!themeSlugs.has(slug)) at(`themes[${i}]`, `unknown theme "${slug}"`);
		});
		day.commentary.forEach((c, i) => {
			const f = `commentary[${i}]`;
			if (!(c.person in content.people))
				at(`${f}.person`, `unknown person "${c.person as PersonId}"`);
			if (!themeSlugs.has(c.theme)) at(`${f}.theme`, `unknown theme "${c.theme}"`);
			else if (!day.themes.includes(c.theme))
				at(`${f}.theme`, `"${c.theme}" is not one of the day's themes`);
			if (!knownSource(c.source)) at(`${f}.source`, `unknown source id "${c.source}"`);
			for (const { path, message } of quoteProblems(c)) at(`${f}.${path}`, message);
			noteQuote(c.quote, `${file}: day ${day.number}`, `${f}.quote`);
			cited.add(c.person);
		});
		day.commentaryElsewhere?.forEach((link, i) => {
			const f = `commentaryElsewhere[${i}]`;
			cited.add(link.person);
			const target = content.days.find((d) => d.number === link.day);
			if (!target || link.day === day.number) {
				at(`${f}.day`, `${link.day} is not another day`);
			} else if (!target.commentary.some((c) => c.person === link.person)) {
				at(`${f}.person`, `day ${link.day} reports no comment by "${link.person}" to link to`);
			}
		});
	}

	const slugs = content.themes.map((t) => t.slug).join();
	if (slugs !== THEME_SLUGS.join()) {
		errors.push(
			`src/lib/content/themes.ts: themes: slugs must be [${THEME_SLUGS.join(', ')}] in order, got [${slugs}]`
		);
	}
	for (const theme of content.themes) {
		const fromDays = content.days.filter((d) => d.themes.includes(theme.slug)).map((d) => d.number);
		if (fromDays.join() !== theme.days.join()) {
			errors.push(
				`src/lib/content/themes.ts: ${theme.slug}: days: lists [${theme.days.join(', ')}] but the day modules name it on [${fromDays.join(', ')}]`
			);
		}
		const empties: string[] = [];
		emptyStrings(theme, '', empties);
		for (const path of empties)
			errors.push(`src/lib/content/themes.ts: ${theme.slug}: ${path.slice(1)}: is empty`);
	}
	for (const theme of content.themes) {
		for (const { path, message } of chineseStyle(theme))
			errors.push(`src/lib/content/themes.ts: ${theme.slug}: ${path}: ${message}`);
	}
	for (const { path, message } of chineseStyle(content.sharedSources))
		errors.push(`src/lib/content/sources.ts: ${path}: ${message}`);

	validateVerdict(content, {
		errors,
		cited,
		noteQuote,
		themeSlugs,
		knownSource: (id) => sharedIds.has(id) || content.verdict.sources.some((s) => s.id === id),
		checkSource
	});

	for (const person of Object.values(content.people)) {
		const empties: string[] = [];
		emptyStrings(person, '', empties);
		for (const path of empties)
			errors.push(`src/lib/content/people.ts: ${person.id}: ${path.slice(1)}: is empty`);
		for (const { path, message } of chineseStyle(person))
			errors.push(`src/lib/content/people.ts: ${person.id}: ${path}: ${message}`);
		// An entry no one cites is a name (or an unnamed source) the site never uses.
		if (!cited.has(person.id))
			errors.push(
				`src/lib/content/people.ts: ${person.id}: is never cited by a commentary or a verdict point; use it or remove it`
			);
	}
	return errors;
}

/** The verdict's rules: the same as a day's commentary, plus its own sources and links. */
function validateVerdict(
	content: ContentSet,
	context: {
		errors: string[];
		cited: Set<string>;
		noteQuote: (quote: Quotation | undefined, where: string, field: string) => void;
		themeSlugs: Set<ThemeSlug>;
		knownSource: (id: string) => boolean;
		checkSource: (source: Source, where: string) => void;
	}
): void {
	const { errors, cited, noteQuote, themeSlugs, knownSource, checkSource } = context;
	const at = (field: string, message: string) =>
		errors.push(`${VERDICT_FILE}: ${field}: ${message}`);
	const { verdict } = content;
	const empties: string[] = [];
	emptyStrings(verdict, '', empties);
	for (const path of empties) at(path.slice(1), 'is empty');
	for (const { path, message } of chineseStyle(verdict)) at(path, message);
	verdict.sources.forEach((s, i) => checkSource(s, `${VERDICT_FILE}: sources[${i}]`));
	if (verdict.points.length === 0) at('points', 'the verdict needs at least one point');
	verdict.points.forEach((point, i) => {
		const f = `points[${i}]`;
		cited.add(point.person);
		if (!(point.person in content.people))
			at(`${f}.person`, `unknown person "${point.person as PersonId}"`);
		if (point.theme !== undefined && !themeSlugs.has(point.theme))
			at(`${f}.theme`, `unknown theme "${point.theme}"`);
		if (point.sources.length === 0)
			at(`${f}.sources`, 'a verdict point must name at least one source');
		point.sources.forEach((id) => {
			if (!knownSource(id)) at(`${f}.sources`, `unknown source id "${id}"`);
		});
		point.days.forEach((n, j) => {
			if (!content.days.some((d) => d.number === n)) at(`${f}.days[${j}]`, `${n} is not a day`);
		});
		for (const { path, message } of quoteProblems(point)) at(`${f}.${path}`, message);
		noteQuote(point.quote, VERDICT_FILE, `${f}.quote`);
	});
}

/** Throws one error listing every problem; the build calls this so bad content stops it. */
export function assertValidContent(content: ContentSet): void {
	const errors = validateContent(content);
	if (errors.length > 0) {
		throw new Error(
			`Invalid content (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n  - ${errors.join('\n  - ')}`
		);
	}
}
