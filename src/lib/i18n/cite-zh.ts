import type { CiteStrings } from './cite-strings';

/** “引用”对话框的文字。 */
export const zhCite = {
	heading: '引用本页',
	intro: (title: string, version: string, date: string) =>
		`“${title}”，内容版本 ${version}（最后更新于 ${date}），访问日期为今天。`,
	formats: { apa: 'APA 7', gbt: 'GB/T 7714-2015', bibtex: 'BibTeX' },
	copy: '复制',
	copied: (format: string) => `已复制 ${format} 格式的引文`,
	copyFailed: '无法复制，请选中引文后手动复制'
} satisfies CiteStrings;
