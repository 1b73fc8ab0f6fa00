import type { Day, Locale, Localized, Person } from '$lib/content/types';

/**
 * Folds case, width and accents: "Café", "CAFE" and "ｃａｆｅ" all become "cafe". Anything but
 * letters and digits (punctuation, symbols, emoji) separates words: "santa 🎅" is "santa",
 * "o1-pro" is "o1 pro", "87.7%" is "87.7". Chinese is unchanged.
 */
export function normalize(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			// A point between digits stays: "87.7" is one number.
			.replace(/(?:[^\p{L}\p{N}.]|(?<!\p{N})\.|\.(?!\p{N}))+/gu, ' ')
			.trim()
	);
}

export type MatchKind = 'title' | 'summary' | 'feature' | 'figure' | 'commentary';

/** One searchable piece of a day: what it is, how to name it to the reader, and its text in both languages. */
interface Entry {
	kind: MatchKind;
	label: Localized;
	text: string;
}

export interface SearchIndex {
	days: { number: number; entries: Entry[] }[];
}

export interface SearchResult {
	number: number;
	/** Why the day matched, in the reader's language, e.g. "feature: Storyboard". */
	reasons: { kind: MatchKind; label: string }[];
}

const both = (text: Localized | undefined) => (text ? `${text.en} ${text.zh}` : '');

/** Builds the index once from the full content (both languages). */
export function buildIndex(
	days: readonly Day[],
	people: Readonly<Record<string, Person>>
): SearchIndex {
	return {
		days: days.map((day) => ({
			number: day.number,
			entries: [
				{
					kind: 'title',
					label: day.title,
					text: normalize(`${both(day.title)} ${both(day.shortTitle)}`)
				},
				{ kind: 'summary', label: day.title, text: normalize(both(day.summary)) },
				...day.features.map((f) => ({
					kind: 'feature' as const,
					label: f.title,
					text: normalize(`${both(f.title)} ${both(f.description)} ${both(f.note)}`)
				})),
				...day.figures.map((f) => ({
					kind: 'figure' as const,
					label: f.label,
					text: normalize(
						`${both(f.label)} ${f.value} ${both(f.display)} ${both(f.unit)} ${both(f.comparison)} ${both(f.note)} ${(f.bars ?? []).map((b) => both(b.label)).join(' ')}`
					)
				})),
				...day.commentary.map((c) => {
					const person = people[c.person];
					return {
						kind: 'commentary' as const,
						label: person?.name ?? { en: c.person, zh: c.person },
						text: normalize(`${both(person?.name)} ${both(c.argument)} ${both(c.quote)}`)
					};
				})
			]
		}))
	};
}

/**
 * The days where every word of the query appears (in either language), with the places it was
 * found. Words are separated by spaces; a run of Chinese characters is matched as written.
 */
export function search(index: SearchIndex, query: string, locale: Locale): SearchResult[] {
	const terms = normalize(query).split(' ').filter(Boolean);
	if (terms.length === 0) return [];
	const results: SearchResult[] = [];
	for (const day of index.days) {
		const found = terms.every((term) => day.entries.some((e) => e.text.includes(term)));
		if (!found) continue;
		const reasons: SearchResult['reasons'] = [];
		const seen = new Set<string>();
		for (const entry of day.entries) {
			if (!terms.some((term) => entry.text.includes(term))) continue;
			const label = entry.label[locale];
			const key = `${entry.kind}:${label}`;
			if (seen.has(key)) continue;
			seen.add(key);
			reasons.push({ kind: entry.kind, label });
		}
		results.push({ number: day.number, reasons });
	}
	return results;
}
