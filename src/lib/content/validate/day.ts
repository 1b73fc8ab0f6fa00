import { CATEGORIES, FIRST_DATE, LAST_DATE } from '../constants';
import type { Day, PersonId } from '../types';
import { dayFile, type CheckContext } from './context';
import { chineseStyle, emptyStrings, quoteProblems } from './wording';

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A day's rules; `previousDate` is the day before's date (days come in order). */
export function checkDay(day: Day, previousDate: string, context: CheckContext): void {
	const { content, themeSlugs, sharedIds, cited, noteQuote, checkSource } = context;
	const file = dayFile(day.number);
	const at = (field: string, message: string) =>
		context.errors.push(`${file}: day ${day.number}: ${field}: ${message}`);
	const localIds = new Set(day.sources.map((s) => s.id));
	const knownSource = (id: string) => localIds.has(id) || sharedIds.has(id);

	for (const path of emptyStrings(day)) at(path, 'is empty');
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
