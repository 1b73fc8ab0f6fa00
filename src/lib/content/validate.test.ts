import { describe, expect, it } from 'vitest';
import { content, days } from './index';
import type { Day, Figure, Person, Verdict } from './types';
import { type ContentSet, validateContent } from './validate';

type Copy = ContentSet & { days: Day[]; people: Record<string, Person> };

/** A deep copy of the real content, changed by `mutate`. */
function edited(mutate: (copy: Copy) => void): ContentSet {
	const copy = structuredClone(content) as Copy;
	mutate(copy);
	return copy;
}

/** A deep copy of the real content, with one day changed by `mutate`. */
function withDay(number: number, mutate: (day: Day) => void): ContentSet {
	return edited((copy) => {
		const day = copy.days[number - 1];
		if (!day) throw new Error(`no day ${number}`);
		mutate(day);
	});
}

/** A deep copy of the real content, with the verdict changed by `mutate`. */
function withVerdict(mutate: (verdict: Verdict) => void): ContentSet {
	return edited((copy) => mutate(copy.verdict));
}

/** The figure of a day with this id (the tests name figures by id, not by position). */
function figure(day: Day, id: string): Figure {
	const found = day.figures.find((f) => f.id === id);
	if (!found) throw new Error(`no figure ${id} on day ${day.number}`);
	return found;
}

/** Where a day's figure sits in its list, for the field names in messages. */
const figureAt = (number: number, id: string) =>
	content.days[number - 1]!.figures.findIndex((f) => f.id === id);

function errorsFor(set: ContentSet): string {
	return validateContent(set).join('\n');
}

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

describe('validateContent rejects broken content and names the file and field', () => {
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
		},
		{
			rule: 'a quote stays a short phrase (Chinese)',
			set: () =>
				withDay(
					12,
					(d) => (d.commentary[0]!.quote!.zh = 'AGI 已来，技术人士对 o3 评价都颇高，他这样说')
				),
			message:
				/day-12\.ts: day 12: commentary\[0\]\.quote\.zh: ".*" is 2\d characters; a quote is a phrase of at most 15/
		},
		{
			rule: 'a quote stays a short phrase (English)',
			set: () =>
				withDay(
					12,
					(d) =>
						(d.commentary[0]!.quote!.en = 'AGI is here, and technical people all rate o3 highly')
				),
			message:
				/day-12\.ts: day 12: commentary\[0\]\.quote\.en: ".*" is 10 words; a quote is a phrase of at most 8/
		},
		{
			rule: 'quotation marks in an argument hold only the speaker’s quoted words',
			set: () =>
				withDay(
					2,
					(d) => (d.commentary[0]!.argument.en += ' He calls it “the feature he cares about most”.')
				),
			message:
				/day-02\.ts: day 2: commentary\[0\]\.argument\.en: “the feature he cares about most” is in quotation marks but is not the speaker's quoted words/
		},
		{
			rule: 'quoted words in a Chinese argument come from the quote',
			set: () => withDay(3, (d) => (d.commentary[0]!.argument.zh += '他说“稍微有亮点”。')),
			message:
				/day-03\.ts: day 3: commentary\[0\]\.argument\.zh: “稍微有亮点” is in quotation marks/
		},
		{
			rule: 'a quote is told once',
			set: () =>
				withDay(3, (d) => (d.commentary[0]!.quote = { en: 'AGI is here', zh: 'AGI 已来' })),
			message:
				/day-12\.ts: day 12: commentary\[0\]\.quote: "AGI 已来" is already quoted in src\/lib\/content\/days\/day-03\.ts: day 3 commentary\[0\]\.quote/
		},
		{
			rule: 'the author’s narration is never a quote',
			set: () =>
				withDay(
					1,
					(d) => (d.commentary[0]!.quote = { en: 'a super-charged evolution', zh: '超强进化' })
				),
			message:
				/day-01\.ts: day 1: commentary\[0\]\.quote: "超强进化" is the author's own narration, not a quotation/
		},
		{
			rule: 'the author’s narration is never a quote in the verdict either',
			set: () => withVerdict((v) => (v.points[1]!.quote = { en: 'an exception', zh: '是个例外' })),
			message: /verdict\.ts: points\[1\]\.quote: "是个例外" is the author's own narration/
		},
		{
			rule: 'a link to a comment on another day points at a real comment',
			set: () => withDay(1, (d) => (d.commentaryElsewhere![0]!.person = 'tang-jiayu')),
			message:
				/day-01\.ts: day 1: commentaryElsewhere\[0\]\.person: day 12 reports no comment by "tang-jiayu"/
		},
		{
			rule: 'a link to a comment points at another day',
			set: () => withDay(1, (d) => (d.commentaryElsewhere![0]!.day = 1)),
			message: /day-01\.ts: day 1: commentaryElsewhere\[0\]\.day: 1 is not another day/
		},
		{
			rule: 'Chinese text quotes with “” only',
			set: () => withDay(7, (d) => (d.features[0]!.description.zh = '「项目」功能上线。')),
			message:
				/day-07\.ts: day 7: features\[0\]\.description\.zh: uses 「; Chinese text quotes with “”/
		},
		{
			rule: 'no straight quotation marks in Chinese',
			set: () => withVerdict((v) => (v.summary.zh = '文章认为这是"直播带货"。')),
			message: /verdict\.ts: summary\.zh: uses "; Chinese text quotes with “”/
		},
		{
			rule: 'one word per concept in Chinese',
			set: () =>
				edited((c) => (c.themes[0]!.thesis.zh = c.themes[0]!.thesis.zh + '这就是推理的缩放定律。')),
			message:
				/themes\.ts: depth-and-breadth: thesis\.zh: says 缩放定律; this site writes Scaling Law/
		},
		{
			rule: 'one word for a technical person',
			set: () => edited((c) => (c.people['unnamed-openai-staff']!.role.zh = '技术人员')),
			message:
				/people\.ts: unnamed-openai-staff: role\.zh: says 技术人员; this site writes 技术人士/
		},
		{
			rule: 'verdict points name a known person',
			set: () => withVerdict((v) => ((v.points[0] as { person: string }).person = 'a-pundit')),
			message: /verdict\.ts: points\[0\]\.person: unknown person "a-pundit"/
		},
		{
			rule: 'verdict sources resolve',
			set: () => withVerdict((v) => (v.points[2]!.sources = ['article', 'wsj'])),
			message: /verdict\.ts: points\[2\]\.sources: unknown source id "wsj"/
		},
		{
			rule: 'verdict points name real days',
			set: () => withVerdict((v) => (v.points[1]!.days = [13])),
			message: /verdict\.ts: points\[1\]\.days\[0\]: 13 is not a day/
		},
		{
			rule: 'verdict quotes follow the quote rules',
			set: () => withVerdict((v) => (v.points[0]!.argument.en += ' “So disappointing.”')),
			message: /verdict\.ts: points\[0\]\.argument\.en: “So disappointing\.” is in quotation marks/
		},
		{
			rule: 'verdict URLs are https',
			set: () => withVerdict((v) => (v.sources[0]!.url = 'http://example.com/')),
			message: /verdict\.ts: sources\[0\]\.url: "http:\/\/example\.com\/" is not an https URL/
		},
		{
			rule: 'the verdict has no empty string',
			set: () => withVerdict((v) => (v.points[3]!.title.zh = '')),
			message: /verdict\.ts: points\[3\]\.title\.zh: is empty/
		}
	];

	it.each(cases)('$rule', ({ set, message }) => {
		expect(errorsFor(set())).toMatch(message);
	});
});
