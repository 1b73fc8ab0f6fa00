import type { Day } from '../types';

export default {
	number: 2,
	date: '2024-12-06',
	livestreamStart: '2024-12-06T18:00:00Z',
	title: { en: 'Reinforcement Fine-Tuning', zh: '强化微调' },
	shortTitle: { en: 'RFT', zh: '强化微调' },
	category: 'developer-platform',
	summary: {
		en: 'OpenAI unveils Reinforcement Fine-Tuning, an alpha research programme for turning o-series models into domain experts with a few graded tasks.',
		zh: 'OpenAI 推出强化微调并以 alpha 研究计划形式开放申请：只需少量可评分的任务，就能把 o 系列模型调教成领域专家。'
	},
	features: [
		{
			title: { en: 'Expertise from a handful of tasks', zh: '少量任务练出专家模型' },
			description: {
				en: 'An organisation supplies a small set of expert tasks. A grader scores each answer the model gives, and training strengthens the reasoning that led to correct ones, tailoring an o-series model to a specialised field.',
				zh: '机构只需准备一小批专业任务，由评分器逐一给模型的回答打分，训练过程会强化那些通向正确答案的推理思路，让 o 系列模型贴合某个专业领域。'
			},
			sources: ['article', 'd2-livestream', 'hub', 'd2-rft-program', 'd2-decoder']
		},
		{
			title: { en: 'Aimed at expert fields', zh: '瞄准高门槛行业' },
			description: {
				en: 'OpenAI pitches the method at work that demands deep specialist knowledge, naming law, finance, engineering and insurance as examples.',
				zh: 'OpenAI 将这项技术定位于对专业知识要求极高的工作，并以法律、金融、工程和保险为例。'
			},
			sources: ['article', 'd2-rft-program']
		},
		{
			title: { en: 'Thomson Reuters legal assistant', zh: '汤森路透的法律助理' },
			description: {
				en: 'Thomson Reuters applied RFT to o1-mini and built an AI legal assistant, OpenAI’s showcase of the method at work in a profession.',
				zh: '汤森路透用强化微调改造 o1-mini，打造出一款 AI 法律助理，成为 OpenAI 展示这项技术在专业领域落地的案例。'
			},
			sources: ['article', 'd2-decoder']
		},
		{
			title: { en: 'Rare genetic disease research', zh: '罕见遗传病研究' },
			description: {
				en: 'Justin Reese, a bioinformatician at Berkeley Lab, used RFT in his research on rare genetic diseases.',
				zh: '伯克利实验室的生物信息学家贾斯汀·里斯（Justin Reese）把强化微调用到了罕见遗传病的研究中。'
			},
			sources: ['d2-decoder']
		},
		{
			title: { en: 'Alpha access by application', zh: '以 alpha 形式申请试用' },
			description: {
				en: 'RFT was not released to everyone. It was offered as an alpha through a research programme that organisations had to apply to join.',
				zh: '强化微调并未全面开放，而是以 alpha 版本的形式通过研究计划提供，机构需提交申请才能加入。'
			},
			sources: ['d2-rft-program', 'ainews']
		}
	],
	figures: [],
	commentary: [
		{
			person: 'zhou-jian',
			argument: {
				en: 'Zhou Jian counts RFT as the announcement he cares about most, because it helps put models to work on specialised industry tasks.',
				zh: '周健把强化微调列为自己最看重的一项发布，因为它有助于让模型承担起专业化的行业任务。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'unnamed-openai-staff',
			argument: {
				en: 'OpenAI technical staff, as the article relays them, say that RFT can serve any field that needs an AI model with deep expertise, such as law, finance, engineering or insurance, and point to Thomson Reuters, whose o1-mini legal assistant has taken on some of the most analytical work for its legal professionals.',
				zh: '据文章转述，OpenAI 技术人士认为，凡是需要 AI 模型具备深厚专业功底的领域，如法律、金融、工程、保险，都能借助强化微调；他们举了汤森路透的例子：基于 o1-mini 微调出的法律助理，已帮助其法律专业人员完成部分分析难度最高的工作。'
			},
			quote: { en: 'most analytical workflows', zh: '最具分析性的工作流程' },
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Li Shiyun presents RFT as one of OpenAI’s answers to the gap between strong models and real deployment: with only a little data, a model can sharpen its reasoning for a niche, which suits fine-grained professional uses especially well.',
				zh: '黎诗韵把强化微调看作 OpenAI 弥合模型能力与实际落地之间差距的举措之一：只用少量数据，模型就能针对细分场景提升推理能力，尤其适合精细化的专业应用。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		}
	],
	themes: ['engine-and-deployment'],
	sources: [
		{
			id: 'd2-livestream',
			title: { en: 'Livestream: Reinforcement Fine-Tuning', zh: '直播回放：强化微调' },
			url: 'https://www.youtube.com/watch?v=yCIYS9fx56U',
			publisher: { en: 'OpenAI (YouTube)', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd2-rft-program',
			title: {
				en: 'Reinforcement Fine-Tuning Research Program (application page)',
				zh: '强化微调研究计划（申请页面）'
			},
			url: 'https://openai.com/form/rft-research-program/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd2-decoder',
			title: {
				en: 'OpenAI unveils Reinforcement Fine-Tuning to build specialized AI models for complex domains',
				zh: 'OpenAI 推出强化微调，为复杂领域打造专用 AI 模型'
			},
			url: 'https://the-decoder.com/?p=19473',
			publisher: { en: 'The Decoder', zh: 'The Decoder' },
			official: false
		}
	],
	notes: [
		{
			en: 'The article calls the feature “AI Reinforcement Fine-Tuning”. OpenAI’s name for it is simply Reinforcement Fine-Tuning, with no “AI” in front.',
			zh: '文章称之为“AI 强化微调（AI Reinforcement Fine-Tuning）”，而 OpenAI 的名称就是“强化微调”（Reinforcement Fine-Tuning），前面并没有“AI”。'
		}
	]
} satisfies Day;
