import type { Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/strings-en';
import { zh } from '../../src/lib/i18n/strings-zh';
import { DAYS_IN } from './days';
import { THEMES_IN } from './pages';

/**
 * One page of each kind (the overview, a day, a key question, the verdict). Specs that check every
 * page check these alone where what they check reaches every page of a kind through the same code:
 * under a prefix (project `base`), and in the dark theme (the overview shows every category colour).
 */
export const ONE_OF_EACH_KIND = ['/', '/day/12', '/theme/super-app', '/verdict'];

/** The two editions: English at the root, Chinese under /zh. */
export type Lang = 'en' | 'zh';

/**
 * What a test expects of the edition it runs against: the interface text (the site's own tables;
 * the language of those tables is itself checked by tests that spell out Chinese text), the
 * official titles, and the paths of its pages.
 */
export interface Site {
	lang: Lang;
	/** The prefix the site is served under ("" or "/twelve-days"): see the `base` project. */
	base: string;
	/** The page's `lang` and `hreflang` value. */
	tag: 'en' | 'zh-CN';
	ui: typeof en;
	/** A page's address in this edition: "/day/3" -> "/zh/day/3" (or "/twelve-days/zh/day/3"). */
	path(path: string): string;
	days: { n: number; title: string }[];
	themes: { slug: string; title: string; days: number[] }[];
	/** Every page the edition builds, with its h1. */
	pages: { path: string; heading: string }[];
	/** Long dates of the first and last day, as cards and panels show them. */
	firstDate: string;
	lastDate: string;
	/** The other edition. */
	other: Lang;
	/** People the tests look for, as this edition names them. */
	people: { liuZhiyuan: string; zhouJian: string; tangJiayu: string };
}

const path = (lang: Lang, base: string) => (p: string) => {
	if (lang === 'en') return base + p;
	// A query stays after the path: "/?q=sora" is "/zh?q=sora".
	const query = p.indexOf('?');
	const [pathname, search] = query < 0 ? [p, ''] : [p.slice(0, query), p.slice(query)];
	return base + (pathname === '/' ? '/zh' : `/zh${pathname}`) + search;
};

export function site(lang: Lang, base = ''): Site {
	const ui = lang === 'en' ? en : zh;
	const to = path(lang, base);
	const days = DAYS_IN[lang];
	const themes = THEMES_IN[lang];
	return {
		lang,
		base,
		tag: lang === 'en' ? 'en' : 'zh-CN',
		ui,
		path: to,
		days,
		themes,
		pages: [
			{ path: to('/'), heading: ui.siteName },
			...days.map(({ n, title }) => ({ path: to(`/day/${n}`), heading: title })),
			...themes.map(({ slug, title }) => ({ path: to(`/theme/${slug}`), heading: title })),
			{ path: to('/verdict'), heading: ui.verdict.heading }
		],
		firstDate: lang === 'en' ? 'Thursday 5 December 2024' : '2024年12月5日 星期四',
		lastDate: lang === 'en' ? 'Friday 20 December 2024' : '2024年12月20日 星期五',
		other: lang === 'en' ? 'zh' : 'en',
		people:
			lang === 'en'
				? { liuZhiyuan: 'Liu Zhiyuan', zhouJian: 'Zhou Jian', tangJiayu: 'Tang Jiayu' }
				: { liuZhiyuan: '刘知远', zhouJian: '周健', tangJiayu: '唐家渝' }
	};
}

// Shared helpers take a page: each page is registered with its test's edition by the fixture.
const editions = new WeakMap<Page, Site>();

export function registerSite(page: Page, of: Site): void {
	editions.set(page, of);
}

/** The edition the test of this page runs against (English for a page the fixture did not make). */
export function siteOf(page: Page): Site {
	return editions.get(page) ?? site('en');
}
