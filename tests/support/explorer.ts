import type { Page } from '@playwright/test';
import { siteOf } from './site';

/** The day cards below the timeline (a search narrows them). */
export const cards = (page: Page) =>
	page.getByRole('region', { name: siteOf(page).ui.theDays, exact: true }).getByRole('article');

/** Day n's card. */
export const card = (page: Page, n: number) =>
	cards(page).filter({
		has: page.getByRole('heading', { level: 3, name: siteOf(page).days[n - 1]!.title, exact: true })
	});

/** The link that opens day n from its card. */
export const cardLink = (page: Page, n: number) =>
	card(page, n).getByRole('link', { name: siteOf(page).days[n - 1]!.title, exact: true });

/** The titles of the cards shown, in order. */
export const cardTitles = (page: Page) => cards(page).getByRole('heading', { level: 3 });

export const searchBox = (page: Page) =>
	page.getByRole('searchbox', { name: siteOf(page).ui.search.label });

/** A key question in the overview's list, by its title. */
export const question = (page: Page, title: string) =>
	page
		.getByRole('region', { name: siteOf(page).ui.keyQuestions, exact: true })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
