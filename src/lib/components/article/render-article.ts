import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Locale } from '$lib/content/types';
import { loadStrings } from '$lib/i18n/strings';
import ArticleDocument from './ArticleDocument.svelte';

/**
 * An article's HTML, rendered when the site is built (from a page's server load), the way
 * documentation sites render their pages: the page shows it as it is (Article.svelte), so the
 * browser neither downloads the article's components nor hydrates what they drew.
 */
export async function renderArticle<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	locale: Locale
): Promise<string> {
	const ui = await loadStrings(locale);
	return render(ArticleDocument<P>, { props: { component, props, locale, ui } }).body;
}
