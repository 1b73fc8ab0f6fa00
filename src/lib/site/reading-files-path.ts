/**
 * Where a build lists the client files the reading pages use (written by scripts/reading-files.ts,
 * read by the offline worker through offline-addresses.ts): a site path, under the prefix if any.
 */
export const READING_FILES = '/_app/reading-files.json';
