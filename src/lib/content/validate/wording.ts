import { ARTICLE_AUTHOR } from '../people';
import type { Localized, PersonId, Quotation } from '../types';

// How content is worded: quotations, Chinese style, and empty text. Paths in problems are relative
// to the value checked.

/** A problem found in a value: the field (a path inside it) and what is wrong. */
export interface Problem {
	path: string;
	message: string;
}

/** A quote is a phrase, not a passage: at most this many characters (zh) or words (en). */
export const MAX_QUOTE = { zh: 15, en: 8 };

/** One word per concept in Chinese: the variant to avoid, and the word this site uses. */
export const PREFERRED_TERMS: readonly { avoid: string; use: string }[] = [
	{ avoid: '缩放定律', use: 'Scaling Law' },
	{ avoid: '正式版', use: '完整版' },
	{ avoid: '技术人员', use: '技术人士' }
];

/** A date with spaces inside it ("2024 年 12 月"): this site writes 2024年12月5日, as the cards show it. */
const SPACED_DATE = /\d\s+[年月日]|[年月]\s+\d/;

/** Quotation marks other than “”, which Chinese text here never uses. */
const OTHER_ZH_QUOTES = /[「」『』"]/;

/** The spans inside quotation marks (“…”, 「…」 or "…") in a text. */
function quotedSpans(text: string): string[] {
	return [...text.matchAll(/“([^”]*)”|「([^」]*)」|"([^"]*)"/g)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? ''
	);
}

/** Visits every string in a value with its path ("features[2].description.zh"). */
export function eachString(
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
 * Chinese style: “” quotation marks only, dates without spaces (2024年12月5日), and one word per
 * concept (except in a quotation, which is the article's own wording). Paths are relative to `value`.
 */
export function chineseStyle(value: unknown): Problem[] {
	const problems: Problem[] = [];
	eachString(value, '', (text, path) => {
		if (!path.endsWith('.zh') && path !== 'zh') return;
		const mark = OTHER_ZH_QUOTES.exec(text);
		if (mark) problems.push({ path, message: `uses ${mark[0]}; Chinese text quotes with “”` });
		if (path.endsWith('quote.zh')) return;
		const date = SPACED_DATE.exec(text);
		if (date)
			problems.push({
				path,
				message: `writes "${date[0]}"; this site writes dates as 2024年12月5日`
			});
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
export function quoteProblems(entry: {
	person: PersonId;
	argument: Localized;
	quote?: Quotation;
}): Problem[] {
	const problems: Problem[] = [];
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

/** Walks every string in a value and reports empty ones (either language) by path. */
export function emptyStrings(value: unknown, path = ''): string[] {
	const out: string[] = [];
	eachString(value, path, (text, at) => {
		if (text.trim() === '') out.push(at);
	});
	return out;
}
