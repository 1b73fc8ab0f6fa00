import type { Category, Day, Figure, Localized } from './types';

/** The part of a day that lists, cards and the timeline need: small enough to ship on every page. */
export interface DaySummary {
	number: number;
	date: string;
	livestreamStart: string;
	title: Localized;
	shortTitle: Localized;
	category: Category;
	summary: Localized;
	headlineFigure?: Pick<Figure, 'label' | 'value' | 'display' | 'unit'>;
}

/** Reduces a day to its summary. */
export function summarize(day: Day): DaySummary {
	const figure = day.figures.find((f) => f.id === day.headlineFigure);
	return {
		number: day.number,
		date: day.date,
		livestreamStart: day.livestreamStart,
		title: day.title,
		shortTitle: day.shortTitle,
		category: day.category,
		summary: day.summary,
		...(figure && {
			headlineFigure: {
				label: figure.label,
				value: figure.value,
				display: figure.display,
				unit: figure.unit
			}
		})
	};
}
