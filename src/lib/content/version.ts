/**
 * The content's version and the day it was last changed, as the footer, /days.json and every
 * citation give them, so that a citation says which text it cited. Change any content (a day, a
 * key question, a person, a source, the verdict) and version.test.ts fails until CONTENT_VERSION
 * and CONTENT_UPDATED are bumped and CONTENT_HASH is the new content's: a patch for wording, a
 * minor version for facts or figures added or changed, a major one for a change of what a page is.
 */
export const CONTENT_VERSION = '1.0.0';

/** The day the content last changed (YYYY-MM-DD). */
export const CONTENT_UPDATED = '2026-12-07';

/** SHA-256 of the content as CONTENT_VERSION has it (stable JSON: keys sorted). */
export const CONTENT_HASH = '22ca7caee11da7791dddf91938d126019fc0134d10bd5b3551ada61eea923d10';
