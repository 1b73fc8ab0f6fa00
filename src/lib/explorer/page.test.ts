import { describe, expect, it } from 'vitest';
import { pageOf, panelOf } from './page';

const at = (id: string | null, params: Record<string, string> = {}) => ({ route: { id }, params });

describe('which page and panel a route is', () => {
	it.each([
		[at('/(site)/[[lang=lang]]'), { kind: 'overview', panel: null }],
		[
			at('/(site)/[[lang=lang]]/day/[n=day]', { n: '12' }),
			{ kind: 'overview', panel: { kind: 'day', day: 12 } }
		],
		[
			at('/(site)/[[lang=lang]]/theme/[slug=theme]', { slug: 'super-app', lang: 'zh' }),
			{ kind: 'overview', panel: { kind: 'theme', slug: 'super-app' } }
		],
		[at('/(site)/[[lang=lang]]/verdict'), { kind: 'overview', panel: { kind: 'verdict' } }],
		[at('/(site)/[[lang=lang]]/404'), { kind: 'missing' }],
		[at(null), { kind: 'missing' }]
	])('%j is %j', (route, expected) => {
		expect(pageOf(route)).toEqual(expected);
	});

	it('an error status is a missing page, whatever the route', () => {
		expect(pageOf(at('/(site)/[[lang=lang]]/day/[n=day]', { n: '3' }), 404)).toEqual({
			kind: 'missing'
		});
	});

	it('a navigation target without a route opens no panel', () => {
		expect(panelOf(null)).toBeNull();
		expect(panelOf({ route: { id: null }, params: null })).toBeNull();
	});
});
