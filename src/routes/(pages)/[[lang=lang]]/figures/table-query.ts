import { CATEGORIES, DAY_COUNT, THEME_SLUGS } from '$lib/content/constants';
import type { Category, ThemeSlug } from '$lib/content/types';

// The table's sort and filters, as its address keeps them (?sort=value&order=desc&day=12&category=
// model&question=super-app): read, written and applied here only.

export const COLUMNS = [
	'day',
	'category',
	'label',
	'value',
	'comparison',
	'status',
	'sources'
] as const;
export type Column = (typeof COLUMNS)[number];
export type Order = 'ascending' | 'descending';

export interface TableQuery {
	sort: Column;
	order: Order;
	day: number | null;
	category: Category | null;
	question: ThemeSlug | null;
}

/** The table as it is first drawn (and without JavaScript): every figure, by day. */
export const DEFAULT_QUERY: TableQuery = {
	sort: 'day',
	order: 'ascending',
	day: null,
	category: null,
	question: null
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
	list.includes(value as T) ? (value as T) : null;

/** The query a search string asks for; anything unknown or malformed is left at its default. */
export function readQuery(search: string): TableQuery {
	const params = new URLSearchParams(search);
	const day = params.get('day') ?? '';
	return {
		sort: oneOf(COLUMNS, params.get('sort')) ?? DEFAULT_QUERY.sort,
		order: params.get('order') === 'desc' ? 'descending' : 'ascending',
		day: /^[1-9]\d?$/.test(day) && Number(day) <= DAY_COUNT ? Number(day) : null,
		category: oneOf(CATEGORIES, params.get('category')),
		question: oneOf(THEME_SLUGS, params.get('question'))
	};
}

/** A search string with the query set (defaults left out), other parameters kept. */
export function writeQuery(search: string, query: TableQuery): string {
	const params = new URLSearchParams(search);
	const set = (key: string, value: string | null) =>
		value ? params.set(key, value) : params.delete(key);
	set('sort', query.sort === DEFAULT_QUERY.sort ? null : query.sort);
	set('order', query.order === 'descending' ? 'desc' : null);
	set('day', query.day === null ? null : String(query.day));
	set('category', query.category);
	set('question', query.question);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Sorting by a column: by the column already sorted, the other way round; else ascending. */
export function sortedBy(query: TableQuery, column: Column): TableQuery {
	const order = query.sort === column && query.order === 'ascending' ? 'descending' : 'ascending';
	return { ...query, sort: column, order };
}

/** What a row needs to be sorted and filtered. */
export interface SortableRow {
	day: number;
	category: Category;
	themes: readonly ThemeSlug[];
	label: string;
	value: number;
	comparison?: string;
	unverified: boolean;
	sources: readonly string[];
}

/**
 * The rows the query shows, in its order. Ties keep the rows' own order (day, then the day's
 * order); a row with nothing to compare (no comparison) comes last either way. `sourceNumber` is a
 * source's number in the page's list; `compareText` compares text in the page's language.
 */
export function visibleRows<R extends SortableRow>(
	rows: readonly R[],
	query: TableQuery,
	sourceNumber: (id: string) => number,
	compareText: (a: string, b: string) => number
): R[] {
	const shown = rows.filter(
		(row) =>
			(query.day === null || row.day === query.day) &&
			(query.category === null || row.category === query.category) &&
			(query.question === null || row.themes.includes(query.question))
	);
	const key: Record<Column, (row: R) => number | string | null> = {
		day: (row) => row.day,
		category: (row) => CATEGORIES.indexOf(row.category),
		label: (row) => row.label,
		value: (row) => row.value,
		comparison: (row) => row.comparison ?? null,
		status: (row) => (row.unverified ? 1 : 0),
		sources: (row) => Math.min(...row.sources.map(sourceNumber))
	};
	const of = key[query.sort];
	const sign = query.order === 'ascending' ? 1 : -1;
	return shown
		.map((row, index) => ({ row, index, value: of(row) }))
		.sort((a, b) => {
			if (a.value === null || b.value === null)
				return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
			const order =
				typeof a.value === 'string'
					? compareText(a.value, String(b.value))
					: a.value - (b.value as number);
			return order === 0 ? a.index - b.index : sign * order;
		})
		.map(({ row }) => row);
}
