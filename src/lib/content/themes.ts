import type { Theme } from './types';

/** The article's four key questions (its sections 01-04), in the article's order. */
export const themes: readonly Theme[] = [
	{
		slug: 'depth-and-breadth',
		section: 1,
		title: { en: 'Deep enough, but broad enough?', zh: '智能够深，但够广吗？' },
		question: {
			en: 'o3 reasons like a specialist. Does that make it AGI?',
			zh: 'o3 已有专家级的推理深度，这就算 AGI 了吗？'
		},
		thesis: {
			en: 'o3 shows that a model can now out-reason some human experts on hard exams, but calling it general intelligence depends on two further things: whether that depth carries over to other fields, and whether capable models become cheap enough for everyone to own one.',
			zh: 'o3 证明模型在高难度考试上已能胜过部分人类专家，但它能否称为通用智能，还取决于两点：这种深度能否迁移到其他领域，以及强大的模型能否便宜到人人都用得上。'
		},
		days: [1, 12]
	},
	{
		slug: 'engine-and-deployment',
		section: 2,
		title: { en: 'An engine still needs a car', zh: '有了发动机，还要造出车' },
		question: {
			en: 'What stands between a strong model and real use?',
			zh: '强大的模型离真正用起来，还差什么？'
		},
		thesis: {
			en: 'A frontier model is only the engine. Data that is missing or not digitised, the work of fitting a model to each job, and above all the cost of running it keep it from real deployments. The article holds that the key is helping developers put models to use, and presents the releases aimed at them, such as reinforcement fine-tuning and the Day 9 tools, as OpenAI’s steps that way.',
			zh: '前沿模型只是发动机。数据缺失或尚未数字化、每个场景都要做的适配工作，尤其是高昂的推理成本，都挡在模型与真实落地之间。文章认为关键在于让开发者把模型用起来，并把强化微调、第九天的开发者工具等面向开发者的发布，看作 OpenAI 朝这个方向迈出的步子。'
		},
		days: [2, 9, 12]
	},
	{
		slug: 'sora-and-video',
		section: 3,
		title: {
			en: 'Sora: little progress since February, but the tools stand out',
			zh: 'Sora：较二月进步不大，亮点在工具'
		},
		question: {
			en: 'Did the public Sora live up to its February preview?',
			zh: '公开上线的 Sora 对得起二月的预览吗？'
		},
		thesis: {
			en: 'Judged on its underlying model, the public Sora shows no clear progress since the February preview, falls short of expectations and has no clear lead over Chinese rivals; its editing tools are the bright spot, and wider use may help it simulate physics better.',
			zh: '单看底层模型，公开上线的 Sora 与二月的预览相比没有明显进步，低于预期，也没有明显领先国内同行；亮点在于面向创作者的编辑工具，而更多人上手使用，或许能帮它改进物理模拟。'
		},
		days: [3]
	},
	{
		slug: 'super-app',
		section: 4,
		title: { en: 'Building a super app', zh: '打造超级应用' },
		question: {
			en: 'Is ChatGPT turning into a super app, and can it go deep everywhere?',
			zh: 'ChatGPT 正在变成超级应用吗？它能处处做深吗？'
		},
		thesis: {
			en: 'By adding features inside ChatGPT and wiring it into phones, operating systems, phone lines and messaging apps, OpenAI hopes to reach more people and make ChatGPT a true super app. The article asks whether it can: a sceptic sees it spread so wide that it is thin everywhere, which may be the challenge OpenAI faces.',
			zh: 'OpenAI 一边在 ChatGPT 内部叠加功能，一边把它接入手机、操作系统、电话线路和即时通讯应用，希望触达更多人，让 ChatGPT 成为真正的超级应用。文章对此打了个问号：有人认为它铺得太广，处处都难以做深，这或许正是 OpenAI 要面对的挑战。'
		},
		days: [4, 5, 6, 7, 8, 10, 11]
	}
];
