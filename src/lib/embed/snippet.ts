import { siteUrl } from '$lib/paths/site';

/** A page to frame, as its embed code names it. */
export interface EmbedTarget {
	/** Its path, e.g. "/embed/day/3". */
	path: string;
	/** The frame's title attribute: what a screen reader calls the frame. */
	title: string;
	/** A height (CSS px) that fits it at the reference width (see size.ts). */
	height: number;
}

const escapeAttribute = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The embed code for a page: a plain iframe, as wide as the column it is pasted into, loaded when
 * it nears the viewport. The same HTML goes into the oEmbed responses.
 */
export function iframeCode(target: EmbedTarget, origin: string): string {
	const src = siteUrl(target.path, origin);
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(target.title)}" width="100%" height="${target.height}" style="border: 0" loading="lazy"></iframe>`;
}
