import type { Locale } from '$lib/content/types';
import { dateParts as parts, MONTHS } from '$lib/i18n/calendar';

// A page's citation in the three styles the Cite dialog offers: pure, so that each is tested as text.

/** What a citation of one page says. */
export interface Citation {
	/** The language of the page cited (GB/T 7714 words its version the page's way). */
	locale: Locale;
	/** The page's own title: "Day 12: OpenAI o3 and o3-mini". */
	title: string;
	/** The site, which is also the author: "Twelve Days". */
	site: string;
	/** The content's version and the day it last changed (YYYY-MM-DD). */
	version: string;
	updated: string;
	/** The page's canonical URL. */
	url: string;
	/** The day the reader accessed the page, in their own time zone (YYYY-MM-DD). */
	accessed: string;
}

/** "2026-12-07" as APA writes a date: "December 7, 2026". */
const apaDate = (iso: string) => {
	const [year, month, day] = parts(iso);
	return `${MONTHS[month - 1]} ${day}, ${year}`;
};

/** The reader's local calendar date (not UTC's), as YYYY-MM-DD. */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * APA 7, a web page whose author is its site (so the site is not named twice), dated by the
 * content's last update, with its version; the page changes over time, so with the day it was
 * retrieved. Returned in three parts: the title between them is set in italics.
 */
export function apa(c: Citation): [string, string, string] {
	const [year, month, day] = parts(c.updated);
	return [
		`${c.site}. (${year}, ${MONTHS[month - 1]} ${day}). `,
		c.title,
		` (Version ${c.version}). Retrieved ${apaDate(c.accessed)}, from ${c.url}`
	];
}

/**
 * GB/T 7714-2015, an online electronic resource ([EB/OL]): author, title, version, (date of the
 * update)[date cited], and the URL.
 */
export function gbt(c: Citation): string {
	const version = c.locale === 'zh' ? `${c.version}版` : `Version ${c.version}`;
	return `${c.site}. ${c.title}[EB/OL]. ${version}. (${c.updated})[${c.accessed}]. ${c.url}.`;
}

/** BibTeX special characters in a title, escaped. */
const tex = (text: string) => text.replace(/[&%$#_]/g, (c) => `\\${c}`);

/** A BibTeX key from a URL's path: "https://…/zh/day/12" is "twelvedays-zh-day-12". */
export function citationKey(url: string): string {
	const path = new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return path ? `twelvedays-${path}` : 'twelvedays';
}

/** BibTeX: a @misc entry, with the URL, the day it was accessed (ISO) and the version. */
export function bibtex(c: Citation): string {
	const note =
		c.locale === 'zh'
			? `版本 ${c.version}，更新于 ${c.updated}；访问于 ${c.accessed}`
			: `Version ${c.version}, last updated ${c.updated}; accessed ${c.accessed}`;
	const fields: [string, string][] = [
		['author', `{${tex(c.site)}}`],
		['title', `{${tex(c.title)}}`],
		['year', parts(c.updated)[0].toString()],
		['version', c.version],
		['howpublished', `\\url{${c.url}}`],
		['url', c.url],
		['urldate', c.accessed],
		['note', note]
	];
	return `@misc{${citationKey(c.url)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
