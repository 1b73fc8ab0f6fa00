import type { ThemeSlug } from '$lib/content/types';

/** What a page of the explorer shows besides the overview: a day, a key question, the verdict. */
export type Panel =
	{ kind: 'day'; day: number } | { kind: 'theme'; slug: ThemeSlug } | { kind: 'verdict' };

/** What a page is: the overview, with a panel open or not, or one the site does not have. */
export type ExplorerPage = { kind: 'overview'; panel: Panel | null } | { kind: 'missing' };

interface Route {
	route: { id: string | null };
	params: Partial<Record<string, string>> | null;
}

/**
 * The one place that reads a route: which page it is and which panel it opens. Works on the page
 * (`page` from $app/state) and on a navigation's `from` and `to` alike.
 */
export function pageOf({ route, params }: Route, status = 200): ExplorerPage {
	const id = route.id;
	if (!id || status >= 400 || id.endsWith('/404')) return { kind: 'missing' };
	if (params?.n) return { kind: 'overview', panel: { kind: 'day', day: Number(params.n) } };
	if (params?.slug)
		return { kind: 'overview', panel: { kind: 'theme', slug: params.slug as ThemeSlug } };
	if (id.endsWith('/verdict')) return { kind: 'overview', panel: { kind: 'verdict' } };
	return { kind: 'overview', panel: null };
}

/** The panel a route opens, if any. */
export const panelOf = (target: Route | null | undefined): Panel | null => {
	if (!target) return null;
	const shown = pageOf(target);
	return shown.kind === 'overview' ? shown.panel : null;
};
