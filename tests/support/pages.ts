import { DAYS } from './days';

/** The four key questions, as their pages must title them. */
export const THEMES: { slug: string; title: string; days: number[] }[] = [
	{ slug: 'depth-and-breadth', title: 'Deep enough, but broad enough?', days: [1, 12] },
	{ slug: 'engine-and-deployment', title: 'An engine still needs a car', days: [2, 9, 12] },
	{
		slug: 'sora-and-video',
		title: 'Sora: little progress since February, but the tools stand out',
		days: [3]
	},
	{ slug: 'super-app', title: 'Building a super app', days: [4, 5, 6, 7, 8, 10, 11] }
];

/** Every page the site builds, with the h1 each must show. */
export const PAGES: { path: string; heading: string }[] = [
	{ path: '/', heading: 'Twelve Days' },
	...DAYS.map(({ n, title }) => ({ path: `/day/${n}`, heading: title })),
	...THEMES.map(({ slug, title }) => ({ path: `/theme/${slug}`, heading: title })),
	{ path: '/verdict', heading: 'The verdict' }
];
