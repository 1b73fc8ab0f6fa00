import type { Locale } from '$lib/content/types';

/**
 * The language of a page, from its site path (without any base prefix: see site/base.ts): the
 * Chinese edition lives under /zh.
 */
export function localeOf(path: string): Locale {
	return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}
