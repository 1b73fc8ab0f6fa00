import type { Source } from './types';

/** The article the site is built from; the footer of every page credits it (imported alone, it ships alone). */
export const article: Source = {
	id: 'article',
	title: {
		en: 'What the 12 days of OpenAI launches tell us about four key questions for the industry',
		zh: '从 OpenAI 12 天发布会里，我们看到了行业的四个关键问题'
	},
	url: 'https://mp.weixin.qq.com/s?__biz=MTMwNDMwODQ0MQ==&mid=2653070482&idx=1&sn=ec080509e608768596040619b205a3ff',
	publisher: { en: 'GeekPark (Li Shiyun, 24 Dec 2024)', zh: '极客公园（黎诗韵，2024-12-24）' },
	official: false
};

/** Sources cited by more than one day. Each day lists its own official links beside its content. */
export const sharedSources: readonly Source[] = [
	article,
	{
		id: 'hub',
		title: { en: '12 Days of OpenAI (event hub)', zh: 'OpenAI 12 天发布会（活动主页）' },
		url: 'https://openai.com/12-days/',
		publisher: { en: 'OpenAI', zh: 'OpenAI' },
		official: true
	},
	{
		id: 'ainews',
		title: {
			en: 'AINews daily digests, 4-20 December 2024',
			zh: 'AINews 每日简报（2024年12月4日至20日）'
		},
		url: 'https://buttondown.com/ainews/archive/',
		publisher: { en: 'smol.ai', zh: 'smol.ai' },
		official: false
	},
	{
		id: 'community-index',
		title: {
			en: 'OpenAI-2024: a community index of the twelve livestreams',
			zh: 'OpenAI-2024：十二场直播的社区索引'
		},
		url: 'https://github.com/synabreu/OpenAI-2024',
		publisher: { en: 'GitHub (synabreu)', zh: 'GitHub（synabreu）' },
		official: false
	}
];
