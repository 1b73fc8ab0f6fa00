import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { FigureRow } from '$lib/views/figures-view';
import {
	DEFAULT_QUERY,
	readQuery,
	sortedBy,
	visibleRows,
	writeQuery,
	type Column,
	type TableQuery
} from './table-query';

/**
 * The table's state: its sort and filters, the rows they show, and the address that keeps them
 * (written with replaceState at each choice, as the explorer writes its view).
 */
export class FiguresTable {
	query = $state.raw<TableQuery>(DEFAULT_QUERY);
	rows: FigureRow[];
	/** Whether a filter hides some figures. */
	filtered = $derived(
		this.query.day !== null || this.query.category !== null || this.query.question !== null
	);
	#onWrite: (search: string) => void;

	constructor(
		all: () => FigureRow[],
		sourceNumber: (id: string) => number,
		compareText: (a: string, b: string) => number,
		onWrite: (search: string) => void
	) {
		this.rows = $derived(visibleRows(all(), this.query, sourceNumber, compareText));
		this.#onWrite = onWrite;
	}

	/** Takes the query from the address the page was opened with (or reloaded, or went back to). */
	read(search: string): void {
		this.query = readQuery(search);
		this.#onWrite(writeQuery('', this.query));
	}

	sortBy(column: Column): void {
		this.#set(sortedBy(this.query, column));
	}

	filter(change: Partial<Pick<TableQuery, 'day' | 'category' | 'question'>>): void {
		this.#set({ ...this.query, ...change });
	}

	clear(): void {
		this.#set({ ...this.query, day: null, category: null, question: null });
	}

	#set(query: TableQuery) {
		this.query = query;
		const search = writeQuery(location.search, query);
		// The page's own path (prefix included) with other parameters: there is no route to resolve. A
		// row's anchor (#day-3) is dropped: the rows it pointed into have changed.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${location.pathname}${search}`, page.state);
		this.#onWrite(writeQuery('', query));
	}
}
