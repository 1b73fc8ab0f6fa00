import { CATEGORIES, DAY_COUNT, FIRST_DATE, LAST_DATE, THEME_SLUGS } from './constants';
import type { Day, Person, PersonId, Source, Theme, ThemeSlug } from './types';

/** Everything the validator needs, passed in so tests can feed it broken content. */
export interface ContentSet {
	days: readonly Day[];
	themes: readonly Theme[];
	people: Readonly<Record<string, Person>>;
	sharedSources: readonly Source[];
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
		});
		if (day.headlineFigure !== undefined && !figureIds.has(day.headlineFigure)) {
			at('headlineFigure', `"${day.headlineFigure}" is not the id of one of the day's figures`);
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
	for (const person of Object.values(content.people)) {
		const empties: string[] = [];
		emptyStrings(person, '', empties);
		for (const path of empties)
			errors.push(`src/lib/content/people.ts: ${person.id}: ${path.slice(1)}: is empty`);
	}
	return errors;
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
