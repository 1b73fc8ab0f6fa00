import { describe, expect, it } from 'vitest';
import { edited, errorsFor, withDay, withVerdict } from './broken-content';
import type { ContentSet } from './index';

describe('validateContent rejects dishonest wording and broken verdicts, naming the file and field', () => {
	const cases: { rule: string; set: () => ContentSet; message: RegExp }[] = [
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
			rule: 'Chinese dates have no spaces inside',
			set: () =>
				withDay(5, (d) => (d.summary.zh = '2024 年 12 月 11 日，苹果用户可以直接用上 ChatGPT。')),
			message:
				/day-05\.ts: day 5: summary\.zh: writes "4 年"; this site writes dates as 2024年12月5日/
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
