import { DAYS } from './days';

/** The four key questions, as their pages must title them, in each edition. */
export const THEMES_IN = {
	en: [
		{ slug: 'depth-and-breadth', title: 'Deep enough, but broad enough?', days: [1, 12] },
		{ slug: 'engine-and-deployment', title: 'An engine still needs a car', days: [2, 9, 12] },
		{
			slug: 'sora-and-video',
			title: 'Sora: little progress since February, but the tools stand out',
			days: [3]
		},
		{ slug: 'super-app', title: 'Building a super app', days: [4, 5, 6, 7, 8, 10, 11] }
	],
	zh: [
		{ slug: 'depth-and-breadth', title: '智能够深，但够广吗？', days: [1, 12] },
		{ slug: 'engine-and-deployment', title: '有了发动机，还要造出车', days: [2, 9, 12] },
		{ slug: 'sora-and-video', title: 'Sora：较二月进步不大，亮点在工具', days: [3] },
		{ slug: 'super-app', title: '打造超级应用', days: [4, 5, 6, 7, 8, 10, 11] }
	]
};

/** The English key questions (the default edition). */
export const THEMES = THEMES_IN.en;

/** Every page the English edition builds, with the h1 each must show. */
export const PAGES: { path: string; heading: string }[] = [
	{ path: '/', heading: 'Twelve Days' },
	...DAYS.map(({ n, title }) => ({ path: `/day/${n}`, heading: title })),
	...THEMES.map(({ slug, title }) => ({ path: `/theme/${slug}`, heading: title })),
	{ path: '/verdict', heading: 'The verdict' }
];
