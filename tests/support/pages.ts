import { DAYS } from './days';

/** Every page the site builds, with the h1 each must show. */
export const PAGES: { path: string; heading: string }[] = [
	{ path: '/', heading: 'Twelve Days' },
	...DAYS.map(({ n, title }) => ({ path: `/day/${n}`, heading: title }))
];
