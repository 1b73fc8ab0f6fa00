import { DAY_COUNT, THEME_SLUGS } from '../constants';
import type { Day, Person, PersonId, Quotation, Source, Theme, ThemeSlug, Verdict } from '../types';
import { isHttps, type CheckContext } from './context';
import { checkDay } from './day';
import { checkMeasures } from './measures';
import { checkVerdict } from './verdict';
import { chineseStyle, emptyStrings } from './wording';

export { dayFile } from './context';
export { MAX_QUOTE, PREFERRED_TERMS } from './wording';

/** Everything the validator needs, passed in so tests can feed it broken content. */
export interface ContentSet {
	days: readonly Day[];
	themes: readonly Theme[];
	people: Readonly<Record<string, Person>>;
	sharedSources: readonly Source[];
	verdict: Verdict;
}

/** Checks the whole content set; returns one message per problem, naming the file and the field. */
export function validateContent(content: ContentSet): string[] {
	const errors: string[] = [];
	const seenSourceIds = new Map<string, string>();
	const quotes = new Map<string, string>();
	const context: CheckContext = {
		content,
		errors,
		themeSlugs: new Set<ThemeSlug>(content.themes.map((t) => t.slug)),
		sharedIds: new Set(content.sharedSources.map((s) => s.id)),
		cited: new Set<PersonId>(),
		noteQuote: (quote: Quotation | undefined, where: string, field: string) => {
			if (!quote) return;
			const earlier = quotes.get(quote.zh);
			if (earlier)
				errors.push(
					`${where}: ${field}: "${quote.zh}" is already quoted in ${earlier}; tell a remark once and link to it (commentaryElsewhere)`
				);
			else quotes.set(quote.zh, `${where} ${field}`);
		},
		checkSource: (source: Source, where: string) => {
			if (!isHttps(source.url)) errors.push(`${where}.url: "${source.url}" is not an https URL`);
			const earlier = seenSourceIds.get(source.id);
			if (earlier) errors.push(`${where}.id: "${source.id}" is already used in ${earlier}`);
			else seenSourceIds.set(source.id, where);
		}
	};
	content.sharedSources.forEach((s, i) =>
		context.checkSource(s, `src/lib/content/sources.ts: [${i}]`)
	);

	const numbers = content.days.map((d) => d.number);
	const expected = Array.from({ length: DAY_COUNT }, (_, i) => i + 1);
	if (numbers.join() !== expected.join()) {
		errors.push(
			`src/lib/content/index.ts: days: numbers must be exactly 1..${DAY_COUNT} in order, got [${numbers.join(', ')}]`
		);
	}
	content.days.forEach((day, i) => checkDay(day, content.days[i - 1]?.date ?? '', context));
	checkMeasures(context);
	checkThemes(context);
	for (const { path, message } of chineseStyle(content.sharedSources))
		errors.push(`src/lib/content/sources.ts: ${path}: ${message}`);
	checkVerdict(context);
	checkPeople(context);
	return errors;
}

/** The key questions: in order, each listing the days that name it. */
function checkThemes({ content, errors }: CheckContext) {
	const slugs = content.themes.map((t) => t.slug).join();
	if (slugs !== THEME_SLUGS.join()) {
		errors.push(
			`src/lib/content/themes.ts: themes: slugs must be [${THEME_SLUGS.join(', ')}] in order, got [${slugs}]`
		);
	}
	for (const theme of content.themes) {
		const at = `src/lib/content/themes.ts: ${theme.slug}`;
		const fromDays = content.days.filter((d) => d.themes.includes(theme.slug)).map((d) => d.number);
		if (fromDays.join() !== theme.days.join()) {
			errors.push(
				`${at}: days: lists [${theme.days.join(', ')}] but the day modules name it on [${fromDays.join(', ')}]`
			);
		}
		for (const path of emptyStrings(theme)) errors.push(`${at}: ${path}: is empty`);
		for (const { path, message } of chineseStyle(theme)) errors.push(`${at}: ${path}: ${message}`);
	}
}

/** Everyone commentary is attributed to: named in full, and each cited somewhere. */
function checkPeople({ content, errors, cited }: CheckContext) {
	for (const person of Object.values(content.people)) {
		const at = `src/lib/content/people.ts: ${person.id}`;
		for (const path of emptyStrings(person)) errors.push(`${at}: ${path}: is empty`);
		for (const { path, message } of chineseStyle(person)) errors.push(`${at}: ${path}: ${message}`);
		// An entry no one cites is a name (or an unnamed source) the site never uses.
		if (!cited.has(person.id))
			errors.push(`${at}: is never cited by a commentary or a verdict point; use it or remove it`);
	}
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
