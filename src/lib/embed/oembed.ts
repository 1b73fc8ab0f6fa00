import type { Locale } from '$lib/content/types';
import { localePath } from '$lib/paths/editions';
import { previewImage } from '$lib/paths/resources';
import { siteUrl } from '$lib/paths/site';
import { loadStrings } from '$lib/i18n/strings';
import { REFERENCE_WIDTH } from './size';
import { embedCode } from './snippet';
import { embedTarget } from './targets';
import type { EmbedKind } from '$lib/paths/resources';

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	/** The iframe, as the embed code dialog gives it. */
	html: string;
	/** Pixels the HTML needs: integers, as the specification asks. */
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The static oEmbed response for a page that can be embedded (a day, or the overview). Static, it
 * cannot honour maxwidth or maxheight: the iframe is as wide as its column anyway.
 */
export async function oembedResponse(
	kind: EmbedKind,
	locale: Locale,
	origin: string
): Promise<OEmbedRich> {
	const target = await embedTarget(kind, locale);
	const image = previewImage(kind === 'timeline' ? 'overview' : `day-${kind.day}`, locale);
	return {
		version: '1.0',
		type: 'rich',
		title: target.title,
		provider_name: (await loadStrings(locale)).siteName,
		provider_url: siteUrl(localePath('/', locale), origin),
		html: embedCode(target, origin),
		width: REFERENCE_WIDTH,
		height: target.height,
		thumbnail_url: siteUrl(image, origin),
		thumbnail_width: 1200,
		thumbnail_height: 630
	};
}
