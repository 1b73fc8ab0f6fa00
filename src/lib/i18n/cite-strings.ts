import type { enCite } from './cite-en';

/** The Cite dialog's text (English is the reference); the dialog brings both languages'. */
export type CiteStrings = typeof enCite;
