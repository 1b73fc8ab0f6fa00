import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { content } from './index';
import { CONTENT_HASH, CONTENT_UPDATED, CONTENT_VERSION } from './version';

/** JSON with every object's keys sorted, so that the hash follows the content, not its key order. */
function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** The hash of the content set: days, key questions, people, shared sources and the verdict. */
const contentHash = (set: unknown) => createHash('sha256').update(stableJson(set)).digest('hex');

describe('the content’s version', () => {
	it('is a version and a date', () => {
		expect(CONTENT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
		expect(CONTENT_UPDATED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(`${CONTENT_UPDATED}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
			CONTENT_UPDATED
		);
	});

	it('changes when the content does', () => {
		const hash = contentHash(content);
		expect(
			hash,
			`content changed: bump CONTENT_VERSION, set CONTENT_UPDATED to today and CONTENT_HASH to '${hash}' in src/lib/content/version.ts`
		).toBe(CONTENT_HASH);
	});

	it('hashes what a reader reads: one word or one figure changes the hash, key order does not', () => {
		const changed = structuredClone(content);
		changed.days[11]!.figures[0]!.value = 87.8;
		expect(contentHash(changed)).not.toBe(contentHash(content));
		const worded = structuredClone(content);
		worded.verdict.summary.zh += '。';
		expect(contentHash(worded)).not.toBe(contentHash(content));
		const reordered = Object.fromEntries(Object.entries(content).reverse());
		expect(contentHash(reordered)).toBe(contentHash(content));
	});
});
