import type { Verdict } from './types';

/**
 * The article's overall judgement of the twelve days (its opening and its closing paragraph, and
 * the sceptic of section 04), reported in our words and attributed like all commentary.
 */
export const verdict: Verdict = {
	summary: {
		en: 'GeekPark’s article reports what seems to be a mainstream view: few highlights, below expectations. One practitioner had expected GPT-5; o3 was an exception. The series seems to show a race on experience and reach as well as capability, and the article ends on outsiders’ doubts about how far inference scaling can go.',
		zh: '极客公园的文章写道，一种似乎是主流的看法是：这次发布会亮点不多、不及预期。一位从业者原以为会有 GPT-5；o3 则是个例外。这次发布似乎显示，竞争已不只拼模型能力，也拼体验和覆盖面；文章结尾提到，外界仍怀疑推理阶段的 Scaling Law 能走多远。'
	},
	points: [
		{
			title: { en: 'Expecting GPT-5', zh: '本以为会有 GPT-5' },
			person: 'unnamed-practitioner',
			argument: {
				en: 'An AI practitioner, unnamed in the article, was underwhelmed as the series drew to a close, because he had expected OpenAI to release GPT-5.',
				zh: '文章中一位未具名的 AI 从业者，在发布会临近尾声时颇为失望，因为他原本以为 OpenAI 会发布 GPT-5。'
			},
			quote: { en: 'Is that it? Is that it?', zh: '就这？就这？' },
			days: [],
			sources: ['article']
		},
		{
			title: { en: 'Few highlights, with one exception', zh: '亮点不多，o3 例外' },
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun writes that the practitioner’s reaction seems to stand for a mainstream view: the series had few highlights and fell short of expectations. She names one exception: o3, shown on the last day, which technical people all rated highly.',
				zh: '黎诗韵写道，这位从业者的反应似乎代表了一种主流看法：这次发布会亮点不多、不及预期。她也点出一个例外：最后一天亮相的 o3，技术人士对它的评价都很高。'
			},
			days: [12],
			sources: ['article']
		},
		{
			title: { en: 'GPT-5 in trouble', zh: 'GPT-5 进展不顺' },
			person: 'li-shiyun',
			argument: {
				en: 'The article adds that, a day after the event ended, foreign media reported that OpenAI’s work on GPT-5 was not going well.',
				zh: '文章还提到，发布会结束的第二天，有外媒报道称 OpenAI 开发 GPT-5 并不顺利。'
			},
			note: {
				en: 'The report was The Wall Street Journal’s: it said that GPT-5, code-named Orion, was behind schedule and very expensive. It was checked through coverage of that report; its exact day of publication was not.',
				zh: '这篇报道出自《华尔街日报》，称代号 Orion 的 GPT-5 进度落后、成本高昂。我们是通过其他媒体对该报道的转述核实的，没有核对它的具体发表日期。'
			},
			days: [],
			sources: ['article', 'verdict-wsj-coverage']
		},
		{
			title: { en: 'Selling to an audience', zh: '像在卖货' },
			person: 'unnamed-quipster',
			argument: {
				en: 'Someone the article does not name joked that the twelve days resembled a livestream shopping show, put on to bring more users and developers to ChatGPT.',
				zh: '有人打趣说，这十二天的发布就像网上直播卖货，目的是把更多用户和开发者拉到 ChatGPT 上来。'
			},
			quote: { en: 'livestream selling', zh: '直播带货' },
			days: [],
			sources: ['article']
		},
		{
			title: { en: 'A wider race, it seems', zh: '竞争似乎不只在模型' },
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun writes that the series seems to reveal a trend: the large-model race now turns on user experience and market reach as well as on model size and technical ceilings, and staying ahead takes both at once.',
				zh: '黎诗韵写道，这次发布似乎显示出一种趋势：大模型的竞争已不只比参数规模和技术天花板，也比用户体验和市场覆盖；想保持领先，两方面得同时推进。'
			},
			days: [],
			sources: ['article']
		},
		{
			title: { en: 'Wide but thin', zh: '铺得广，做不深' },
			person: 'unnamed-sceptic',
			argument: {
				en: 'Someone the article does not name doubts OpenAI’s habit of piling features into ChatGPT and stretching its lines of business ever further: it covers a lot of ground but nowhere deeply. The article adds that many businesses only pay off when done in depth, where specialist companies are already at work, which may be the challenge OpenAI faces.',
				zh: '有人并不看好 OpenAI 不停往 ChatGPT 里加功能、把业务线越拉越长的做法：摊子铺得很大，却哪儿都做不深。文章补充说，许多业务要做深才有价值，而且已有专门的公司在深耕，这也许正是 OpenAI 要面对的难题。'
			},
			quote: { en: 'every piece is a little thin', zh: '每一块饼都有点薄' },
			theme: 'super-app',
			days: [],
			sources: ['article']
		},
		{
			title: { en: 'How far can inference scaling go?', zh: '推理的 Scaling Law 能走多远' },
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun closes by noting that, for all of o3’s strength, outsiders still doubt how high inference-time scaling can take intelligence, and still wonder about GPT-5’s long delay. In these launches, she observes, OpenAI turned its attention to the form of its products, to partnerships and to real-world deployment.',
				zh: '黎诗韵在结尾写道，o3 固然展现了 OpenAI 的技术实力，但推理阶段的 Scaling Law 能把智能推到多高、GPT-5 为何迟迟不见踪影，外界仍心存疑问；她观察到，这次发布会上 OpenAI 把重心转向了产品形态、合作伙伴和实际落地。'
			},
			note: {
				en: 'The copy of the article this site is built from breaks off in the middle of this closing sentence; anything after it is missing.',
				zh: '本站依据的文章副本在这句结语中途中断，之后的内容缺失。'
			},
			theme: 'depth-and-breadth',
			days: [12],
			sources: ['article']
		}
	],
	sources: [
		{
			id: 'verdict-wsj-coverage',
			title: {
				en: 'GPT-5 development hits major setbacks as OpenAI runs out of training data',
				zh: 'OpenAI 训练数据告急，GPT-5 研发严重受挫'
			},
			url: 'https://www.notebookcheck.net/GPT-5-development-hits-major-setbacks-as-OpenAI-runs-out-of-training-data.937049.0.html',
			publisher: {
				en: 'Notebookcheck, reporting The Wall Street Journal',
				zh: 'Notebookcheck（转述《华尔街日报》的报道）'
			},
			official: false
		}
	]
};
