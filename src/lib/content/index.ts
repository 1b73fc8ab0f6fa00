import { DAY_COUNT } from './constants';
import day01 from './days/day-01';
import day02 from './days/day-02';
import day03 from './days/day-03';
import day04 from './days/day-04';
import day05 from './days/day-05';
import day06 from './days/day-06';
import day07 from './days/day-07';
import day08 from './days/day-08';
import day09 from './days/day-09';
import day10 from './days/day-10';
import day11 from './days/day-11';
import day12 from './days/day-12';
import { people } from './people';
import { sharedSources } from './sources';
import { themes } from './themes';
import type { Day, Source, Theme, ThemeSlug } from './types';
import { verdict } from './verdict';

export type * from './types';
export { people, sharedSources, themes, verdict };

/** The twelve days, in order. */
export const days: readonly Day[] = [
	day01,
	day02,
	day03,
	day04,
	day05,
	day06,
	day07,
	day08,
	day09,
	day10,
	day11,
	day12
];

/** The day with this number, or undefined outside 1..DAY_COUNT. */
export function getDay(number: number): Day | undefined {
	return Number.isInteger(number) && number >= 1 && number <= DAY_COUNT
		? days[number - 1]
		: undefined;
}

/** The key question with this slug. */
export function getTheme(slug: ThemeSlug): Theme {
	const theme = themes.find((t) => t.slug === slug);
	if (!theme) throw new Error(`Unknown theme "${slug}"`);
	return theme;
}

/** Every source a day cites: its own first, then the shared ones it references. */
export function daySources(day: Day): Source[] {
	const cited = new Set<string>([
		...day.features.flatMap((f) => f.sources),
		...day.figures.flatMap((f) => f.sources),
		...day.commentary.map((c) => c.source)
	]);
	return [...day.sources, ...sharedSources.filter((s) => cited.has(s.id))];
}

/** Every source the verdict cites: the shared ones it references (the article) first, then its own. */
export function verdictSources(): Source[] {
	const cited = new Set(verdict.points.flatMap((p) => p.sources));
	return [...sharedSources.filter((s) => cited.has(s.id)), ...verdict.sources];
}

export const content = { days, themes, people, sharedSources, verdict };
