import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { days, verdict } from './index';
import type { Quotation } from './types';

// A quotation ("In their words") holds only words the article itself puts in quotation marks: its
// `zh` is the article's own wording, so it must stand, word for word, inside one of the article's
// 「…」. The author's narration, a heading or a paraphrase that happens to match the article's text
// outside its quotation marks fails here. Who the article gives the words to is for a reader to
// check; validate.ts already refuses any quote filed under the author.
//
// The article is not part of the repository: it lives beside it, in ../shared/source/ (the
// README's "Editing content"). Where that folder is absent, the check is skipped, and says so.

/** <repo root>/../shared/source/, from this file at <repo root>/src/lib/content/. */
const ARTICLE = fileURLToPath(
	new URL('../../../../shared/source/000_2c917f2757f00905.txt', import.meta.url)
);
const present = existsSync(ARTICLE);

/** Nothing is normalised but whitespace (the article spaces Latin words inside Chinese text). */
const squash = (text: string) => text.replace(/\s+/g, '');

/** What the article puts in its quotation marks, and the whole of its text. */
const article = (() => {
	if (!present) return { quoted: [] as string[], text: '' };
	const text = readFileSync(ARTICLE, 'utf8');
	return {
		quoted: [...text.matchAll(/「([^」]*)」/g)].map((m) => squash(m[1] ?? '')),
		text: squash(text)
	};
})();

/** Every quotation on the site, with where it lives. */
const quotations: { where: string; quote: Quotation }[] = [
	...days.flatMap((day) =>
		day.commentary.flatMap((c, i) =>
			c.quote ? [{ where: `day ${day.number} commentary[${i}] (${c.person})`, quote: c.quote }] : []
		)
	),
	...verdict.points.flatMap((p, i) =>
		p.quote ? [{ where: `verdict points[${i}] (${p.person})`, quote: p.quote }] : []
	)
];

const skipped = present ? '' : ` (skipped: ${ARTICLE} is absent, so there is no article to check)`;

describe(`every quotation is the article’s own wording, inside its quotation marks${skipped}`, () => {
	it('finds the quotations it checks', () => {
		expect(quotations.length).toBeGreaterThan(10);
	});

	it.skipIf(!present)('reads the article and its quotation marks', () => {
		expect(article.quoted.length).toBeGreaterThan(20);
	});

	for (const { where, quote } of quotations) {
		it.skipIf(!present)(`${where}: 「${quote.zh}」`, () => {
			const words = squash(quote.zh);
			const inMarks = article.quoted.some((span) => span.includes(words));
			const why = article.text.includes(words)
				? 'is in the article, but only outside its quotation marks (narration or a heading): report it in our words, without a quote'
				: 'is not in the article word for word: a quotation carries the article’s own wording';
			expect(inMarks, `${where}: "${quote.zh}" ${why}`).toBe(true);
		});
	}
});
