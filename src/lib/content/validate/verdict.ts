import type { PersonId } from '../types';
import type { CheckContext } from './context';
import { chineseStyle, emptyStrings, quoteProblems } from './wording';

const VERDICT_FILE = 'src/lib/content/verdict.ts';

/** The verdict's rules: the same as a day's commentary, plus its own sources and links. */
export function checkVerdict(context: CheckContext): void {
	const { content, cited, noteQuote, themeSlugs, sharedIds, checkSource } = context;
	const at = (field: string, message: string) =>
		context.errors.push(`${VERDICT_FILE}: ${field}: ${message}`);
	const { verdict } = content;
	const knownSource = (id: string) => sharedIds.has(id) || verdict.sources.some((s) => s.id === id);
	for (const path of emptyStrings(verdict)) at(path, 'is empty');
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
