import { describe, expect, it } from 'vitest';
import { figuresView } from '$lib/views/figures-view';
import {
	DEFAULT_QUERY,
	readQuery,
	sortedBy,
	visibleRows,
	writeQuery,
	type TableQuery
} from './table-query';

const { rows, sources } = figuresView('en');
const number = (id: string) => sources.findIndex((s) => s.id === id) + 1;
const collator = new Intl.Collator('en');
const show = (query: Partial<TableQuery>) =>
	visibleRows(rows, { ...DEFAULT_QUERY, ...query }, number, collator.compare);

describe('the table’s address', () => {
	it.each([
		['', DEFAULT_QUERY],
		['?sort=value&order=desc', { ...DEFAULT_QUERY, sort: 'value', order: 'descending' }],
		[
			'?day=12&category=model&question=depth-and-breadth',
			{ ...DEFAULT_QUERY, day: 12, category: 'model', question: 'depth-and-breadth' }
		],
		['?sort=nope&order=sideways&day=13&category=Model&question=x', DEFAULT_QUERY],
		['?day=03', DEFAULT_QUERY],
		['?day=0', DEFAULT_QUERY]
	] as const)('%s reads as a query', (search, query) => {
		expect(readQuery(search)).toEqual(query);
	});

	it('writes only what differs from the default, keeping other parameters', () => {
		expect(writeQuery('', DEFAULT_QUERY)).toBe('');
		expect(
			writeQuery('?utm=x&day=3', { ...DEFAULT_QUERY, sort: 'value', order: 'descending' })
		).toBe('?utm=x&sort=value&order=desc');
		const query: TableQuery = {
			sort: 'status',
			order: 'ascending',
			day: 9,
			category: null,
			question: 'engine-and-deployment'
		};
		expect(readQuery(writeQuery('', query))).toEqual(query);
	});

	it('sorts by a column ascending first, then the other way', () => {
		const once = sortedBy(DEFAULT_QUERY, 'value');
		expect(once).toMatchObject({ sort: 'value', order: 'ascending' });
		expect(sortedBy(once, 'value')).toMatchObject({ sort: 'value', order: 'descending' });
		expect(sortedBy(sortedBy(once, 'value'), 'label')).toMatchObject({
			sort: 'label',
			order: 'ascending'
		});
		expect(sortedBy(DEFAULT_QUERY, 'day')).toMatchObject({ sort: 'day', order: 'descending' });
	});
});

describe('the rows shown', () => {
	it('are every figure, by day, by default', () => {
		expect(show({})).toEqual(rows);
		expect(show({}).length).toBe(31);
	});

	it('filter by day, category and key question, together', () => {
		expect(show({ day: 3 }).map((r) => r.key)).toEqual([
			'3-preview-to-launch',
			'3-plus-allowance',
			'3-pro-allowance',
			'3-max-resolution',
			'3-max-duration'
		]);
		expect(new Set(show({ category: 'developer-platform' }).map((r) => r.day))).toEqual(
			new Set([9])
		);
		expect(new Set(show({ question: 'depth-and-breadth' }).map((r) => r.day))).toEqual(
			new Set([1, 12])
		);
		expect(show({ question: 'super-app', category: 'model' })).toEqual([]);
	});

	it('sort by value either way, ties in day order', () => {
		const values = show({ sort: 'value' }).map((r) => r.value);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		expect(show({ sort: 'value', order: 'descending' })[0]!.key).toBe('12-arc-cost-high-compute');
	});

	it('sort by text in the page’s language, rows with no comparison last either way', () => {
		const labels = show({ sort: 'label' }).map((r) => r.label);
		expect(labels).toEqual([...labels].sort(collator.compare));
		for (const order of ['ascending', 'descending'] as const) {
			const sorted = show({ sort: 'comparison', order });
			expect(sorted.at(-1)!.comparison).toBeUndefined();
			expect(sorted[0]!.comparison).toBeDefined();
		}
	});

	it('sort by status (confirmed first) and by the first source cited', () => {
		const status = show({ sort: 'status' });
		expect(status.findIndex((r) => r.unverified)).toBe(status.length - 5);
		const firsts = show({ sort: 'sources' }).map((r) => Math.min(...r.sources.map(number)));
		expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
	});
});
