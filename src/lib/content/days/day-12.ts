import type { Day } from '../types';

export default {
	number: 12,
	date: '2024-12-20',
	livestreamStart: '2024-12-20T18:00:00Z',
	title: { en: 'OpenAI o3 and o3-mini', zh: 'OpenAI o3 与 o3-mini' },
	shortTitle: { en: 'o3', zh: 'o3' },
	category: 'model',
	summary: {
		en: 'o3 and o3-mini are unveiled with expert-level scores in maths, coding, science and ARC-AGI, but only safety testers get access, and compute costs are steep.',
		zh: 'OpenAI 亮出 o3 与 o3-mini：数学、编程、科学问答和 ARC-AGI 成绩达到专家水平，但暂时只对安全测试人员开放，算力开销也很高。'
	},
	features: [
		{
			title: { en: 'o3, the successor to o1', zh: 'o1 的下一代：o3' },
			description: {
				en: 'OpenAI presented o3 as its next-generation reasoning model after o1, with very strong results on maths, coding and science benchmarks. A smaller, cheaper o3-mini was shown alongside it.',
				zh: 'OpenAI 将 o3 定位为继 o1 之后的新一代推理模型，它在数学、编程和科学类基准测试上成绩极为亮眼。同场还展示了更小、更便宜的 o3-mini。'
			},
			sources: ['d12-livestream', 'd12-hub', 'article']
		},
		{
			title: { en: 'Announced, not released', zh: '只预告，未上线' },
			description: {
				en: 'Neither o3 nor o3-mini was made available to the public on the day. Instead, safety and security researchers were invited to apply for early access for testing, with applications closing on 10 January 2025.',
				zh: '当天 o3 和 o3-mini 都没有向公众开放，OpenAI 只是邀请安全研究人员申请抢先测试，申请截止日期为 2025年1月10日。'
			},
			sources: ['d12-livestream', 'd12-safety-testing']
		},
		{
			title: { en: 'Release schedule', zh: '上线时间表' },
			description: {
				en: 'OpenAI said it planned to ship o3-mini around the end of January 2025 and the full o3 shortly afterwards.',
				zh: 'OpenAI 表示，o3-mini 计划在 2025年1月底前后推出，完整版 o3 随后不久跟进。'
			},
			sources: ['d12-livestream']
		},
		{
			title: { en: 'Why not “o2”', zh: '为什么没有“o2”' },
			description: {
				en: 'The company jumped straight from o1 to o3, passing over the name o2 out of respect for the telecoms brand O2.',
				zh: 'OpenAI 从 o1 直接跳到 o3，没有使用 o2 这个名字，原因是要避开电信品牌 O2，以示尊重。'
			},
			sources: ['d12-livestream']
		},
		{
			title: { en: 'Adjustable reasoning effort', zh: '可调的推理强度' },
			description: {
				en: 'o3-mini comes with three reasoning-effort settings, low, medium and high, so developers can trade thinking time and cost against answer quality.',
				zh: 'o3-mini 提供低、中、高三档推理强度，开发者可以在思考时长、成本与回答质量之间自行权衡。'
			},
			sources: ['d12-livestream']
		},
		{
			title: { en: 'Deliberative alignment', zh: '审慎对齐' },
			description: {
				en: 'OpenAI also described a safety-training technique called deliberative alignment: the model is taught to reason explicitly over a written safety specification before it replies.',
				zh: 'OpenAI 同时介绍了一种名为“审慎对齐”（deliberative alignment）的安全训练方法：让模型在作答前，先对照一份成文的安全规范进行推理。'
			},
			sources: ['d12-livestream', 'd12-deliberative-alignment']
		}
	],
	figures: [
		{
			id: 'gpqa-diamond',
			measure: 'gpqa-diamond',
			label: { en: 'GPQA Diamond accuracy', zh: 'GPQA Diamond 准确率' },
			value: 87.7,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'o1 scored 78%; PhD experts reach about 70% on questions in their own field.',
				zh: 'o1 为 78%；博士级专家在本专业题目上的准确率约为 70%。'
			},
			bars: [
				{ label: { en: 'o3', zh: 'o3' }, value: 87.7, subject: true },
				{ label: { en: 'o1', zh: 'o1' }, value: 78, day: 1 },
				{ label: { en: 'PhD experts (own field)', zh: '博士专家（本专业）' }, value: 70 }
			],
			sources: ['d12-livestream', 'article']
		},
		{
			id: 'aime-2024',
			measure: 'aime-2024',
			label: { en: 'AIME 2024 accuracy', zh: 'AIME 2024 准确率' },
			value: 96.7,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'o1 scored 83.3%; o3 typically gets all but one question right.',
				zh: 'o1 为 83.3%；o3 通常只错一道题。'
			},
			bars: [
				{ label: { en: 'o3', zh: 'o3' }, value: 96.7, subject: true },
				{ label: { en: 'o1', zh: 'o1' }, value: 83.3, day: 1 }
			],
			note: {
				en: 'The article gives this as “96.7 points”; it is a percentage of questions answered correctly, not a points score.',
				zh: '文章写作“96.7 分”，但这其实是答对题目的百分比，并非考试得分。'
			},
			sources: ['d12-livestream', 'article']
		},
		{
			id: 'codeforces-rating',
			measure: 'codeforces-rating',
			label: { en: 'Codeforces rating', zh: 'Codeforces 等级分' },
			value: 2727,
			unit: { en: 'rating (Elo-style)', zh: '分（Elo 式等级分）' },
			comparison: {
				en: 'o1 rated about 1891, so o3 is roughly 836 points higher; it also beats Mark Chen’s personal best of about 2500.',
				zh: 'o1 约为 1891 分，o3 高出约 836 分；它还超过了 Mark Chen 约 2500 分的个人最好成绩。'
			},
			bars: [
				{ label: { en: 'o3', zh: 'o3' }, value: 2727, subject: true },
				{
					label: { en: 'Mark Chen (best, ~2500)', zh: 'Mark Chen（个人最佳，约 2500）' },
					value: 2500
				},
				{ label: { en: 'o1 (~1891)', zh: 'o1（约 1891）' }, value: 1891, day: 1 }
			],
			note: {
				en: 'The livestream and the article give 2727. OpenAI’s later paper (February 2025) reports an estimated 2724 from simulated contests, at the 99.8th percentile.',
				zh: '直播和文章给出的都是 2727 分。OpenAI 此后（2025年2月）发表的论文依据模拟比赛估算为 2724 分，位于第 99.8 百分位。'
			},
			sources: ['d12-livestream', 'd12-competitive-programming-paper', 'article']
		},
		{
			id: 'codeforces-rank',
			measure: 'codeforces-rank',
			label: { en: 'Codeforces rank equivalent', zh: 'Codeforces 排名折算' },
			value: 175,
			display: { en: '~175th', zh: '约第 175' },
			unit: { en: 'place among human competitors', zh: '名（人类选手）' },
			unverified: true,
			note: {
				en: 'The article states this rank as fact, but it comes from launch-day coverage, not from any OpenAI document we could open. OpenAI’s own later estimate is a percentile (99.8th, with a rating of 2724), not a place.',
				zh: '文章把这一排名当作定论，但它出自发布当天的媒体报道，我们能查到的 OpenAI 文件里都没有这个名次。OpenAI 后来给出的估算是百分位（第 99.8 百分位，等级分 2724），而不是名次。'
			},
			sources: ['article']
		},
		{
			id: 'codeforces-mark-chen',
			measure: 'mark-chen-best-rating',
			label: { en: 'Mark Chen’s best rating', zh: 'Mark Chen 的最好成绩' },
			value: 2500,
			display: { en: '~2500', zh: '约 2500' },
			unit: { en: 'rating (Elo-style)', zh: '分（Elo 式等级分）' },
			comparison: {
				en: 'Below o3’s 2727. In the stream OpenAI also said o3 outscores its chief scientist.',
				zh: '低于 o3 的 2727 分。直播中 OpenAI 还提到，o3 的成绩也超过了公司首席科学家。'
			},
			bars: [
				{ label: { en: 'Mark Chen', zh: 'Mark Chen' }, value: 2500, subject: true },
				{ label: { en: 'o3', zh: 'o3' }, value: 2727 }
			],
			note: {
				en: 'The article presents 2500 as his Codeforces score; in the stream he called it his best on a comparable competition site.',
				zh: '文章把 2500 分说成他在 Codeforces 上的得分；而他在直播中说的是自己在一个同类竞赛网站上的最好成绩。'
			},
			sources: ['d12-livestream', 'article']
		},
		{
			id: 'swe-bench-verified',
			measure: 'swe-bench-verified',
			label: { en: 'SWE-bench Verified accuracy', zh: 'SWE-bench Verified 准确率' },
			value: 71.7,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'More than 20 percentage points above o1 on real-world software-engineering tasks.',
				zh: '在真实软件工程任务上比 o1 高出 20 多个百分点。'
			},
			sources: ['d12-livestream']
		},
		{
			id: 'frontiermath',
			measure: 'frontiermath',
			label: { en: 'EpochAI FrontierMath score', zh: 'EpochAI FrontierMath 得分' },
			value: 25.2,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'OpenAI put it at “over 25%”, while every other model solved under 2% of these research-level problems.',
				zh: 'OpenAI 称其“超过 25%”，而其他所有模型在这批研究级难题上的得分都不到 2%。'
			},
			bars: [
				{ label: { en: 'o3', zh: 'o3' }, value: 25.2, subject: true },
				{ label: { en: 'Best other model (under 2%)', zh: '其他最佳模型（不足 2%）' }, value: 2 }
			],
			sources: ['d12-livestream', 'ainews']
		},
		{
			id: 'arc-agi-low-compute',
			measure: 'arc-agi-1-semi-private',
			label: {
				en: 'ARC-AGI-1 semi-private score, low compute (ARC Prize: “high-efficiency”)',
				zh: 'ARC-AGI-1 半私有测试集得分，低算力（ARC Prize 称“高效率”）'
			},
			value: 75.7,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: '6 samples per task; about $20 per task ($2,012 for all 100 tasks) and about 1.3 minutes per task. Humans score about 85%.',
				zh: '每题采样 6 次；每个任务约 20 美元（100 个任务合计 2012 美元），每个任务耗时约 1.3 分钟。人类水平约为 85%。'
			},
			bars: [
				{ label: { en: 'o3, low compute', zh: 'o3 低算力' }, value: 75.7, subject: true },
				{ label: { en: 'o3, high compute', zh: 'o3 高算力' }, value: 87.5 },
				{ label: { en: 'Human baseline (~85%)', zh: '人类基准（约 85%）' }, value: 85 }
			],
			sources: ['d12-arc-prize', 'd12-livestream']
		},
		{
			id: 'arc-agi-high-compute',
			measure: 'arc-agi-1-semi-private',
			label: {
				en: 'ARC-AGI-1 semi-private score, high compute (ARC Prize: “low-efficiency”)',
				zh: 'ARC-AGI-1 半私有测试集得分，高算力（ARC Prize 称“低效率”）'
			},
			value: 87.5,
			unit: { en: '%', zh: '%' },
			comparison: {
				en: 'About 172 times the low-compute budget, with 1024 samples per task; above the human baseline of about 85%.',
				zh: '算力约为低算力模式的 172 倍，每题采样 1024 次；成绩高于约 85% 的人类基准。'
			},
			bars: [
				{ label: { en: 'o3, high compute', zh: 'o3 高算力' }, value: 87.5, subject: true },
				{ label: { en: 'Human baseline (~85%)', zh: '人类基准（约 85%）' }, value: 85 },
				{ label: { en: 'o3, low compute', zh: 'o3 低算力' }, value: 75.7 }
			],
			sources: ['d12-arc-prize', 'd12-livestream']
		},
		{
			id: 'arc-cost-low-compute',
			measure: 'arc-agi-cost-per-task',
			label: { en: 'o3 cost on ARC-AGI, low-compute run', zh: 'o3 在 ARC-AGI 上的成本（低算力）' },
			value: 20,
			unit: { en: 'USD per task', zh: '美元 / 任务' },
			comparison: {
				en: 'About $20 per task on the 100 semi-private tasks; $17 per task on the 400 public tasks.',
				zh: '100 个半私有任务上每个约 20 美元；400 个公开任务上每个 17 美元。'
			},
			bars: [
				{ label: { en: 'Semi-private tasks', zh: '半私有任务' }, value: 20, subject: true },
				{ label: { en: 'Public tasks', zh: '公开任务' }, value: 17 }
			],
			sources: ['d12-arc-prize', 'article']
		},
		{
			id: 'arc-cost-high-compute',
			measure: 'arc-agi-cost-per-task',
			label: { en: 'o3 cost on ARC-AGI, high-compute run', zh: 'o3 在 ARC-AGI 上的成本（高算力）' },
			value: 3400,
			display: { en: 'thousands (est. ~3,400)', zh: '数千（估算约 3400）' },
			unit: { en: 'USD per task', zh: '美元 / 任务' },
			comparison: {
				en: 'Not published; roughly 172 times the low-compute run’s ~$20 per task.',
				zh: '官方未公布；按低算力模式每任务约 20 美元的 172 倍粗略推算。'
			},
			unverified: true,
			note: {
				en: 'The article turns this into nearly ¥20,000 even for the simplest question. ARC Prize withheld the real cost at OpenAI’s request, so “thousands” is an estimate, and it is per ARC puzzle, not per everyday question.',
				zh: '文章据此称哪怕问最简单的问题也要花近两万元。实际上 ARC Prize 应 OpenAI 要求并未公布这一成本，“数千美元”只是推算，而且是每道 ARC 谜题的成本，并非日常提问的成本。'
			},
			sources: ['d12-arc-prize', 'article']
		},
		{
			id: 'o3-mini-codeforces',
			measure: 'codeforces-rating',
			label: {
				en: 'o3-mini Codeforces rating by reasoning effort',
				zh: 'o3-mini 各推理强度下的 Codeforces 等级分'
			},
			value: 2073,
			display: { en: 'up to 2073', zh: '最高 2073' },
			unit: { en: 'rating (Elo-style)', zh: '分（Elo 式等级分）' },
			comparison: {
				en: 'Low 1697, medium 1997, high 2073: all above o1-mini, with medium about level with or above o1 (~1891). The stream described this trend without numbers; the values were read off its charts by a Korean recap blog.',
				zh: '低档 1697、中档 1997、高档 2073，均超过 o1-mini，中档已与 o1（约 1891）持平或略高。直播中只描述了这一趋势，具体数值是一篇韩文回顾博客从直播图表中读出的。'
			},
			bars: [
				{ label: { en: 'o3-mini, low', zh: 'o3-mini 低档' }, value: 1697 },
				{ label: { en: 'o3-mini, medium', zh: 'o3-mini 中档' }, value: 1997 },
				{ label: { en: 'o3-mini, high', zh: 'o3-mini 高档' }, value: 2073, subject: true },
				{ label: { en: 'o1 (~1891)', zh: 'o1（约 1891）' }, value: 1891, day: 1 }
			],
			sources: ['d12-recap-blog', 'd12-livestream']
		}
	],
	headlineFigure: 'arc-agi-high-compute',
	commentary: [
		{
			person: 'unnamed-technical-person',
			argument: {
				en: 'A technical person at a Chinese large-model company says o3 left him so shaken that his verdict was that AGI has already arrived; the article adds that technical people all rate o3 highly.',
				zh: '一位国内大模型公司的技术人士说，o3 给他的冲击之大，让他直言 AGI 已经到来；文章也提到，技术人士对 o3 的评价都很高。'
			},
			quote: { en: 'AGI is here', zh: 'AGI 已来' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'unnamed-technical-person',
			argument: {
				en: 'The same person holds that only a model that breaks through in both depth and breadth of intelligence deserves to be called AGI. He is optimistic, and puts it as a question: if a transfer student you have never met came top of your class in maths and programming, would you expect him to do badly in Chinese and English?',
				zh: '这位技术人士认为，只有在智能的深度和广度上同时取得突破，才称得上 AGI。他对此持乐观态度，并反问道：要是班上转来一位你从没打过交道的新同学，数学和编程考试都拿了全班第一，你会觉得他的语文和英语很差吗？'
			},
			quote: { en: 'a transfer student', zh: '转校生' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'unnamed-model-lead',
			argument: {
				en: 'The head of a model team at a Chinese company says his first reaction on seeing o3 was that it was crazy.',
				zh: '国内某模型负责人说，看到 o3 后，他的第一反应就是觉得它太疯狂。'
			},
			quote: { en: 'Crazy, just crazy', zh: '疯狂，太疯狂了' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'unnamed-model-lead',
			argument: {
				en: 'Asked how long it will be before an open-source model matches o3, he puts it at roughly a year.',
				zh: '被问到还要多久才会出现 o3 水平的开源模型时，他给出的判断是一年左右。'
			},
			quote: { en: 'A year from now', zh: '一年之后' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'liu-zhiyuan',
			argument: {
				en: 'Liu Zhiyuan argues that o3’s gains over o1 came from spending more computation at inference time, and that the arrival of DeepSeek-R1 and Gemini 2.0 Flash Thinking shows the field moving its scaling law from pre-training to inference.',
				zh: '刘知远认为，o3 比 o1 强出一截，靠的是推理时花更多算力；在他看来，DeepSeek-R1、Gemini 2.0 Flash Thinking 等模型相继问世，说明行业正把 Scaling Law 的重心从预训练挪到推理上。'
			},
			quote: { en: 'the scaling law of inference', zh: '推理的 Scaling Law' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'liu-zhiyuan',
			argument: {
				en: 'He reads o3’s research-grade reasoning, which already outdoes human experts, as a sign that it is heading towards a kind of super-capable “supercomputer” intelligence.',
				zh: '刘知远把 o3 胜过人类专家的科研推理能力，看作它正迈向“超级计算机”式超高智能的信号。'
			},
			quote: { en: 'a super-intelligent supercomputer', zh: '超高智能的超级计算机' },
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'liu-zhiyuan',
			argument: {
				en: 'Yet he argues that the real revolution will come, as the information age came with the PC rather than the mainframe, only when everyone has a capable model of their own for everyday problems, which hardly call for a Terence Tao or a Geoffrey Hinton.',
				zh: '但他认为，信息时代真正到来，靠的是个人电脑走进家家户户，而不是大型机；同理，要等人人都有一个属于自己的模型、能用它处理日常琐事，才称得上智能时代的变革。日常的事，本就用不着请陶哲轩或 Hinton 这样的顶尖科学家出马。'
			},
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'unnamed-industry-voices',
			argument: {
				en: 'Many in the industry, the article reports, think o3-level research reasoning will have a far-reaching effect on frontier science: on the positive side, it can help drive basic research in maths, physics, biology and chemistry; some, though, worry that it will hit researchers’ jobs.',
				zh: '文中提到，不少业内人士认为，o3 这样的科研推理水平会给前沿科学带来深远影响：往积极处看，它能帮助推动数学、物理、生物、化学等学科的基础研究；但也有人担心，科研人员的工作会因此受到冲击。'
			},
			theme: 'depth-and-breadth',
			source: 'article'
		},
		{
			person: 'zhou-jian',
			argument: {
				en: 'Zhou Jian argues that a strong model is still some distance from real use: as he puts it, OpenAI has trained an Einstein, but there is still a gap between that and the chief scientist of a company listed on the stock market.',
				zh: '周健认为，强模型离真正落地还有距离：用他的比方说，OpenAI 已经训练出了“爱因斯坦”，可要让这位爱因斯坦坐上一家上市企业首席科学家的位子，中间仍有差距。'
			},
			quote: { en: 'trained an Einstein', zh: '训练了爱因斯坦' },
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'zhou-jian',
			argument: {
				en: 'He sees large models as infrastructure that needs a great deal of work in each use case before it can be put to use, with data as the main constraint for now: in many settings complete data is hard to obtain, and much of it has never even been digitised, such as the CVs a headhunter relies on.',
				zh: '他把大模型看作底层设施：每换一个场景都得投入大量适配工作才能用起来，而眼下主要的瓶颈在数据：许多场景很难拿到完整数据，不少资料甚至还停留在纸面上，没有数字化，猎头要用的简历就是一例。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		},
		{
			person: 'li-shiyun',
			argument: {
				en: 'Straight after Zhou Jian’s remarks, the article says in its own narration that cost is the foremost factor in whether o-series models can be put to work. Pointing to ARC-AGI runs that cost about $20 a task in low-compute mode and thousands of dollars in high-compute mode, it judges that the returns come nowhere near the costs, so real-world use of o3 may take a long time. It does not say whether this is Zhou Jian’s view or the author’s own.',
				zh: '紧接周健的观点，文章以叙述的口吻写道，成本是 o 系列模型能否用起来的头号因素：按 ARC-AGI 的测算，低算力模式每个任务约 20 美元，高算力模式则要数千美元，收益远远抵不上开销，o3 要真正落地可能还得等很久。文中没有说明这是周健的看法还是作者本人的判断。'
			},
			theme: 'engine-and-deployment',
			source: 'article'
		}
	],
	themes: ['depth-and-breadth', 'engine-and-deployment'],
	sources: [
		{
			id: 'd12-livestream',
			title: {
				en: 'OpenAI o3 and o3-mini: 12 Days of OpenAI, Day 12 (livestream recording)',
				zh: 'OpenAI o3 与 o3-mini：OpenAI 12 天发布会第 12 天（直播回放）'
			},
			url: 'https://www.youtube.com/watch?v=SKBG1sqdyIU',
			publisher: { en: 'OpenAI (YouTube)', zh: 'OpenAI（YouTube）' },
			official: true
		},
		{
			id: 'd12-hub',
			// Fact sheet S4: this ?day=12 link is cited in write-ups of the day (for most days the
			// pattern is a guess).
			title: {
				en: '12 Days of OpenAI (event hub), its Day 12 link as cited in write-ups',
				zh: 'OpenAI 12 天发布会活动主页（相关报道引用的第 12 天链接）'
			},
			url: 'https://openai.com/12-days/?day=12',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd12-safety-testing',
			title: { en: 'Early access for safety testing', zh: '安全测试抢先体验申请' },
			url: 'https://openai.com/index/early-access-for-safety-testing/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd12-deliberative-alignment',
			title: { en: 'Deliberative alignment', zh: '审慎对齐（Deliberative alignment）' },
			url: 'https://openai.com/index/deliberative-alignment/',
			publisher: { en: 'OpenAI', zh: 'OpenAI' },
			official: true
		},
		{
			id: 'd12-arc-prize',
			title: {
				en: 'OpenAI o3 Breakthrough High Score on ARC-AGI-Pub',
				zh: 'OpenAI o3 在 ARC-AGI-Pub 上取得突破性高分'
			},
			url: 'https://arcprize.org/blog/oai-o3-pub-breakthrough',
			publisher: { en: 'ARC Prize (20 Dec 2024)', zh: 'ARC Prize（2024-12-20）' },
			official: true
		},
		{
			id: 'd12-competitive-programming-paper',
			title: {
				en: 'Competitive Programming with Large Reasoning Models (arXiv:2502.06807)',
				zh: '大型推理模型的竞赛编程能力（arXiv:2502.06807）'
			},
			url: 'https://arxiv.org/abs/2502.06807',
			publisher: { en: 'OpenAI (arXiv, February 2025)', zh: 'OpenAI（arXiv，2025年2月）' },
			official: true
		},
		{
			id: 'd12-recap-blog',
			title: {
				en: '[Day 12] introducing o3 and o3-mini',
				zh: '[Day 12] introducing o3 and o3-mini（韩文）'
			},
			url: 'https://github.com/euisuk-chung/euisuk-chung.github.io/blob/aa2a6a0820cb4e9eee6d9fff4e3ad3e0d7ea3d59/_posts/2024/2024-12-19-%5BDay%2012%5D%20introducing%20o3%20and%20o3-mini.md',
			publisher: {
				en: 'Euisuk Chung’s blog (Korean recap of the livestream)',
				zh: 'Euisuk Chung 的博客（直播韩文回顾）'
			},
			official: false
		},
		{
			id: 'd12-gemini-thinking',
			title: {
				en: 'Gemini API documentation: thinking mode (Gemini 2.0 Flash Thinking)',
				zh: 'Gemini API 文档：思考模式（Gemini 2.0 Flash Thinking）'
			},
			url: 'https://ai.google.dev/gemini-api/docs/thinking-mode',
			publisher: { en: 'Google', zh: 'Google' },
			official: true
		},
		{
			id: 'd12-deepseek-r1',
			title: {
				en: 'DeepSeek-R1 release notes (20 Jan 2025)',
				zh: 'DeepSeek-R1 发布说明（2025-01-20）'
			},
			url: 'https://api-docs.deepseek.com/news/news250120',
			publisher: { en: 'DeepSeek', zh: '深度求索（DeepSeek）' },
			official: true
		}
	],
	notes: [
		{
			en: 'The article calls the two ARC-AGI runs “o3-low” (low compute) and “o3-high” (high compute). ARC Prize labels the same runs “high-efficiency” and “low-efficiency”, so the words point the opposite way.',
			zh: '文章把 ARC-AGI 测试中 o3 的两组运行称为“o3-low”（低计算量）和“o3-high”（高计算量），而 ARC Prize 给同样两组运行的标签是“高效率”和“低效率”，字面上正好相反。'
		},
		{
			en: 'Liu Zhiyuan cites DeepSeek-R1 next to Gemini 2.0 Flash Thinking, which did appear on 19 December 2024. The full DeepSeek-R1 was released only on 20 January 2025, after the article; he probably meant the earlier R1-Lite preview.',
			zh: '刘知远把 DeepSeek-R1 与 Gemini 2.0 Flash Thinking 并列举例；后者确于 2024年12月19日推出，但完整版 DeepSeek-R1 直到 2025年1月20日才发布，晚于本文。他指的应是此前的预览版 R1-Lite。'
		}
	]
} satisfies Day;
