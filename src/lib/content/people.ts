import type { Person, PersonId } from './types';

/** The article's author: what she writes is its narration, reported in our words and never quoted. */
export const ARTICLE_AUTHOR: PersonId = 'li-shiyun';

const list: readonly Person[] = [
	{
		id: 'li-shiyun',
		name: { en: 'Li Shiyun', zh: '黎诗韵' },
		named: true,
		role: { en: 'Author of the article', zh: '文章作者' },
		organisation: { en: 'GeekPark', zh: '极客公园' }
	},
	{
		id: 'liu-zhiyuan',
		name: { en: 'Liu Zhiyuan', zh: '刘知远' },
		named: true,
		role: {
			en: 'Tenured associate professor; founder of ModelBest',
			zh: '长聘副教授；面壁智能发起人'
		},
		organisation: { en: 'Tsinghua University / ModelBest', zh: '清华大学 / 面壁智能' }
	},
	{
		id: 'zhou-jian',
		name: { en: 'Zhou Jian', zh: '周健' },
		named: true,
		role: { en: 'Founder and CEO', zh: '创始人兼 CEO' },
		organisation: {
			en: 'Lanma Technology (an AI-agent "middle layer" company)',
			zh: '澜码科技（大模型中间层与 AI Agent 公司）'
		}
	},
	{
		id: 'tang-jiayu',
		name: { en: 'Tang Jiayu', zh: '唐家渝' },
		named: true,
		role: { en: 'Co-founder and CEO', zh: '联合创始人兼 CEO' },
		organisation: {
			en: 'Shengshu Technology, maker of the Vidu video model',
			zh: '生数科技（视频模型 Vidu 的开发者）'
		}
	},
	{
		id: 'kevin-weil',
		name: { en: 'Kevin Weil', zh: '凯文·韦尔（Kevin Weil）' },
		named: true,
		role: { en: 'Chief Product Officer', zh: '首席产品官' },
		organisation: { en: 'OpenAI', zh: 'OpenAI' }
	},
	{
		id: 'sam-altman',
		name: { en: 'Sam Altman', zh: '萨姆·奥尔特曼（Sam Altman）' },
		named: true,
		role: { en: 'Chief Executive Officer', zh: '首席执行官' },
		organisation: { en: 'OpenAI', zh: 'OpenAI' }
	},
	{
		id: 'unnamed-technical-person',
		// Published until issue 23 as 'unnamed-llm-engineer'; the article says 技术人士, not engineer.
		formerIds: ['unnamed-llm-engineer'],
		name: {
			en: 'A technical person at a Chinese large-model company (unnamed)',
			zh: '一位国内大模型公司的技术人士（未具名）'
		},
		named: false,
		role: { en: 'Technical person, as described by the article', zh: '技术人士（据文章描述）' },
		organisation: { en: 'A Chinese large-model company', zh: '国内某大模型公司' }
	},
	{
		id: 'unnamed-model-lead',
		name: {
			en: 'The head of a model team at a Chinese company (unnamed)',
			zh: '国内某模型负责人（未具名）'
		},
		named: false,
		role: { en: 'Model lead, as described by the article', zh: '模型负责人（据文章描述）' },
		organisation: { en: 'A Chinese AI company', zh: '国内某 AI 公司' }
	},
	{
		id: 'unnamed-openai-staff',
		name: { en: 'OpenAI technical staff (unnamed)', zh: 'OpenAI 技术人士（未具名）' },
		named: false,
		role: { en: 'Technical staff, as relayed by the article', zh: '技术人士（经文章转述）' },
		organisation: { en: 'OpenAI', zh: 'OpenAI' }
	},
	{
		id: 'unnamed-industry-voices',
		name: { en: 'Many people in the industry (unnamed)', zh: '不少行业人士（未具名）' },
		named: false,
		role: { en: 'A view the article reports as common', zh: '文章归纳的普遍看法' },
		organisation: { en: 'The AI industry', zh: 'AI 行业' }
	},
	{
		id: 'unnamed-practitioner',
		name: { en: 'An AI practitioner (unnamed)', zh: '一位 AI 从业者（未具名）' },
		named: false,
		role: { en: 'Practitioner, as described by the article', zh: '从业者（据文章描述）' },
		organisation: { en: 'The AI industry', zh: 'AI 行业' }
	},
	// The article twice reports what "someone" (有人) said, without a name or a description.
	{
		id: 'unnamed-quipster',
		name: { en: 'Someone (unnamed)', zh: '有人（未具名）' },
		named: false,
		role: {
			en: 'Not described; quoted in the article’s opening',
			zh: '身份不详，见于文章开头'
		},
		organisation: { en: 'affiliation not given', zh: '未说明所属机构' }
	},
	{
		id: 'unnamed-sceptic',
		name: { en: 'Someone (unnamed)', zh: '有人（未具名）' },
		named: false,
		role: {
			en: 'Not described; quoted in the article’s section 04',
			zh: '身份不详，见于文章第四部分'
		},
		organisation: { en: 'affiliation not given', zh: '未说明所属机构' }
	}
];

/** Everyone commentary can be attributed to, keyed by id. */
export const people: Readonly<Record<PersonId, Person>> = Object.fromEntries(
	list.map((person) => [person.id, person])
) as Record<PersonId, Person>;
