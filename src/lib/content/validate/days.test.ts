import { describe, expect, it } from 'vitest';
import { content, days } from '../index';
import type { Person } from '../types';
import { edited, errorsFor, figure, figureAt, withDay, withVerdict } from './broken-content';
import { type ContentSet, validateContent } from './index';

describe('the real content', () => {
	it('passes every rule', () => {
		expect(validateContent(content)).toEqual([]);
	});

	it('has twelve complete days', () => {
		expect(days).toHaveLength(12);
		for (const day of days) {
			expect(day.features.length, `day ${day.number} features`).toBeGreaterThan(0);
			expect(day.sources.length, `day ${day.number} sources`).toBeGreaterThan(0);
		}
	});
});

describe('validateContent rejects broken days and names the file and field', () => {
	const cases: { rule: string; set: () => ContentSet; message: RegExp }[] = [
		{
			rule: 'day numbers exactly 1..12',
			set: () => withDay(3, (d) => (d.number = 13)),
			message: /index\.ts: days: numbers must be exactly 1\.\.12/
		},
		{
			rule: 'a missing day',
			set: () => ({ ...content, days: content.days.slice(0, 11) }),
			message: /numbers must be exactly 1\.\.12 in order, got \[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11\]/
		},
		{
			rule: 'dates inside the event',
			set: () => withDay(1, (d) => (d.date = '2024-12-04')),
			message: /day-01\.ts: day 1: date: 2024-12-04 is outside 2024-12-05\.\.2024-12-20/
		},
		{
			rule: 'dates on weekdays',
			set: () => withDay(3, (d) => (d.date = '2024-12-08')),
			message: /day-03\.ts: day 3: date: 2024-12-08 falls on a weekend/
		},
		{
			rule: 'dates ascending',
			set: () => withDay(5, (d) => (d.date = '2024-12-09')),
			message:
				/day-05\.ts: day 5: date: 2024-12-09 does not come after the previous day's 2024-12-10/
		},
		{
			rule: 'dates well formed',
			set: () => withDay(2, (d) => (d.date = '6 Dec 2024')),
			message: /day-02\.ts: day 2: date: "6 Dec 2024" is not a YYYY-MM-DD date/
		},
		{
			rule: 'livestream start is a UTC instant',
			set: () => withDay(4, (d) => (d.livestreamStart = '2024-12-10T10:00:00-08:00')),
			message: /day-04\.ts: day 4: livestreamStart: .* is not a UTC instant/
		},
		{
			rule: 'livestream start on the day',
			set: () => withDay(4, (d) => (d.livestreamStart = '2024-12-13T18:00:00Z')),
			message: /day-04\.ts: day 4: livestreamStart: 2024-12-13T18:00:00Z is not on 2024-12-10/
		},
		{
			rule: 'no empty English string',
			set: () => withDay(6, (d) => (d.title.en = '')),
			message: /day-06\.ts: day 6: title\.en: is empty/
		},
		{
			rule: 'no empty Chinese string',
			set: () => withDay(7, (d) => (d.features[0]!.description.zh = '  ')),
			message: /day-07\.ts: day 7: features\[0\]\.description\.zh: is empty/
		},
		{
			rule: 'figures have a numeric value',
			set: () => withDay(12, (d) => ((d.figures[0] as { value: unknown }).value = '87.7%')),
			message: /day-12\.ts: day 12: figures\[0\]\.value: is not a finite number/
		},
		{
			rule: 'figures have a source',
			set: () => withDay(12, (d) => (d.figures[1]!.sources = [])),
			message: /day-12\.ts: day 12: figures\[1\]\.sources: a figure must name at least one source/
		},
		{
			rule: 'figure sources exist',
			set: () => withDay(9, (d) => (d.figures[0]!.sources = ['nowhere'])),
			message: /day-09\.ts: day 9: figures\[0\]\.sources: unknown source id "nowhere"/
		},
		{
			rule: 'commentary names a known person',
			set: () => withDay(3, (d) => ((d.commentary[0] as { person: string }).person = 'someone')),
			message: /day-03\.ts: day 3: commentary\[0\]\.person: unknown person "someone"/
		},
		{
			rule: 'commentary names a known theme',
			set: () => withDay(3, (d) => ((d.commentary[0] as { theme: string }).theme = 'nothing')),
			message: /day-03\.ts: day 3: commentary\[0\]\.theme: unknown theme "nothing"/
		},
		{
			rule: 'every URL is https',
			set: () => withDay(8, (d) => (d.sources[0]!.url = 'http://openai.com/')),
			message: /day-08\.ts: day 8: sources\[0\]\.url: "http:\/\/openai\.com\/" is not an https URL/
		},
		{
			rule: 'source ids are unique',
			set: () => withDay(10, (d) => (d.sources[0]!.id = 'article')),
			message: /day-10\.ts: day 10: sources\[0\]\.id: "article" is already used/
		},
		{
			rule: 'themes agree with the days',
			set: () => withDay(6, (d) => (d.themes = ['super-app', 'sora-and-video'])),
			message:
				/themes\.ts: sora-and-video: days: lists \[3\] but the day modules name it on \[3, 6\]/
		},
		{
			rule: 'categories are known',
			set: () => withDay(11, (d) => ((d as { category: string }).category = 'misc')),
			message: /day-11\.ts: day 11: category: "misc" is not a known category/
		},
		{
			rule: 'every person entry is cited somewhere',
			set: () =>
				withVerdict((v) => (v.points = v.points.filter((p) => p.person !== 'unnamed-quipster'))),
			message: /people\.ts: unnamed-quipster: is never cited by a commentary or a verdict point/
		},
		{
			rule: 'a person added but never cited',
			set: () =>
				edited(
					(c) =>
						(c.people['nobody'] = {
							...c.people['sam-altman']!,
							id: 'nobody' as Person['id']
						})
				),
			message: /people\.ts: nobody: is never cited/
		},
		{
			rule: 'an unverified figure is never charted',
			set: () =>
				withDay(1, (d) => {
					figure(d, 'thinking-speed').bars = [
						{ label: { en: 'o1', zh: 'o1' }, value: 50, subject: true },
						{ label: { en: 'o1-preview', zh: 'o1-preview' }, value: 0 }
					];
				}),
			message: new RegExp(
				`day-01\\.ts: day 1: figures\\[${figureAt(1, 'thinking-speed')}\\]\\.bars: an unverified figure .* is never charted`
			)
		},
		{
			rule: 'an unverified figure is never the headline',
			set: () => withDay(10, (d) => (d.headlineFigure = 'whatsapp-users')),
			message:
				/day-10\.ts: day 10: headlineFigure: "whatsapp-users" is unverified and cannot be the day's headline figure/
		},
		{
			rule: 'an unverified figure says why in a note',
			set: () => withDay(12, (d) => delete figure(d, 'codeforces-rank').note),
			message: new RegExp(
				`day-12\\.ts: day 12: figures\\[${figureAt(12, 'codeforces-rank')}\\]\\.note: an unverified figure needs a note`
			)
		},
		{
			rule: 'an unverified figure cites the article',
			set: () => withDay(9, (d) => (figure(d, 'mini-audio-share').sources = ['d9-livestream'])),
			message: new RegExp(
				`day-09\\.ts: day 9: figures\\[${figureAt(9, 'mini-audio-share')}\\]\\.sources: an unverified figure is the article’s claim`
			)
		}
	];

	it.each(cases)('$rule', ({ set, message }) => {
		expect(errorsFor(set())).toMatch(message);
	});
});
