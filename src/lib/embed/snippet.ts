import { siteUrl } from '$lib/paths/site';

/** A page to frame, as its embed code names it. */
export interface EmbedTarget {
	/** Its path, e.g. "/embed/day/3". */
	path: string;
	/** The frame's title attribute: what a screen reader calls the frame. */
	title: string;
	/** A height (CSS px) that fits it in the narrowest column the code is for (size.ts). */
	height: number;
}

const escapeAttribute = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The script of an embed code: it sizes each frame of ours to the height the framed page says it
 * needs (its `twelve-days:height` message, static/embed.js), taking messages from our origin only
 * and from that very frame. Several codes on one page each add it; they agree.
 */
function resizer(origin: string): string {
	return `addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="twelve-days:height")return;document.querySelectorAll("iframe[data-twelve-days]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(5000,Math.max(100,+d.height||0))+"px"})})`;
}

/**
 * The embed code for a page, to paste unchanged into another page: an iframe as wide as its
 * column, loaded when it nears the view, and as tall as the page needs in the narrowest column
 * (so that nothing is cut off where the host allows no script), then a line of script that fits
 * the frame to the page exactly, at whatever width. The same HTML goes into the oEmbed responses.
 */
export function embedCode(target: EmbedTarget, origin: string): string {
	const src = siteUrl(target.path, origin);
	const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(target.title)}" width="100%" height="${target.height}" style="border: 0" loading="lazy" data-twelve-days></iframe>`;
	return `${frame}\n<script>${resizer(new URL(src).origin)}</script>`;
}
