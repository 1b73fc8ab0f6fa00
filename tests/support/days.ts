/** The twelve official titles, as the pages must show them, in each edition. */
export const DAYS_IN = {
	en: [
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
	],
	zh: [
		{ n: 1, title: 'ChatGPT 上的 OpenAI o1 与 o1 pro 模式' },
		{ n: 2, title: '强化微调' },
		{ n: 3, title: 'Sora' },
		{ n: 4, title: 'Canvas（画布）' },
		{ n: 5, title: 'ChatGPT × Apple 智能' },
		{ n: 6, title: '圣诞老人模式与高级语音视频功能' },
		{ n: 7, title: '项目（Projects）' },
		{ n: 8, title: '搜索' },
		{ n: 9, title: '开发者日·节日特别版' },
		{ n: 10, title: '1-800-CHATGPT 热线' },
		{ n: 11, title: '与应用协同工作' },
		{ n: 12, title: 'OpenAI o3 与 o3-mini' }
	]
};

/** The English titles (the default edition). */
export const DAYS = DAYS_IN.en;
