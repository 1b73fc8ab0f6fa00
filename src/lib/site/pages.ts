import { EDITIONS } from '$lib/paths/editions';
import { LANGUAGE_TAG } from '$lib/i18n/languages';
import { localePath } from '$lib/paths/editions';
import { PAGE_PATHS } from '$lib/paths/page-paths';
import { siteUrl } from '$lib/paths/site';

export { PAGE_PATHS };

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * sitemap.xml: every page in every language, each entry naming all its language versions
 * (and English as the default), as search engines read `hreflang` pairs.
 */
export function sitemap(origin: string): string {
	const url = (path: string) => escapeXml(siteUrl(path, origin));
	const entries = PAGE_PATHS.flatMap((path) =>
		EDITIONS.map(({ locale }) => {
			const alternates = EDITIONS.map(
				(edition) =>
					`\t\t<xhtml:link rel="alternate" hreflang="${LANGUAGE_TAG[edition.locale]}" href="${url(localePath(path, edition.locale))}"/>`
			);
			alternates.push(
				`\t\t<xhtml:link rel="alternate" hreflang="x-default" href="${url(localePath(path, 'en'))}"/>`
			);
			return `\t<url>\n\t\t<loc>${url(localePath(path, locale))}</loc>\n${alternates.join('\n')}\n\t</url>`;
		})
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
}

/**
 * robots.txt: everything may be read; the sitemap lists it. (Crawlers read robots.txt only at the
 * root of a host: under a prefix the file is still written, for a host that serves it there.)
 */
export function robots(origin: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('/sitemap.xml', origin)}\n`;
}
