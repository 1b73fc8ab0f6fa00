/** The twelve official titles, as the pages must show them. */
export const DAYS: { n: number; title: string }[] = [
	{ n: 1, title: 'OpenAI o1 and o1 pro mode in ChatGPT' },
	{ n: 2, title: 'Reinforcement Fine-Tuning' },
	{ n: 3, title: 'Sora' },
	{ n: 4, title: 'Canvas' },
	{ n: 5, title: 'ChatGPT x Apple Intelligence' },
	{ n: 6, title: 'Santa Mode & Video in Advanced Voice' },
	{ n: 7, title: 'Projects' },
	{ n: 8, title: 'Search' },
	{ n: 9, title: 'Dev Day Holiday Edition' },
	{ n: 10, title: '1-800-CHATGPT' },
	{ n: 11, title: 'Work with Apps' },
	{ n: 12, title: 'OpenAI o3 and o3-mini' }
];
