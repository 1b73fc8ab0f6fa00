import type { Day, Localized } from './types';

/** One value of a measure for one day's release: a day's own figure, or another day's bar. */
export interface MeasureValue {
	measure: string;
	/** The day whose release the value measures. */
	day: number;
	/** What is measured, e.g. "o1", "o3-mini, high". */
	label: Localized;
	value: number;
	unit: Localized;
	/** Sources of the figure the value comes from. */
	sources: string[];
	/** The figure it comes from (on `day`, or on the day whose bar it is). */
	figure: { day: number; id: string; label: Localized };
}

/**
 * Every checked value each day's release has on each measure: the day's own figures (named by
 * their subject bar, or else by the day's short title), and the bars of other days' figures that
 * name it. A figure only the article gives is never charted, so it has no value here. The same
 * value told twice (day 12 compares o3 and o3-mini with o1's 1891) is one value, with both sources.
 */
export function measureValues(days: readonly Day[]): MeasureValue[] {
	const values: MeasureValue[] = [];
	const add = (value: MeasureValue) => {
		const same = values.find(
			(v) => v.measure === value.measure && v.day === value.day && v.value === value.value
		);
		if (!same) values.push(value);
		else same.sources = [...new Set([...same.sources, ...value.sources])];
	};
	for (const day of days) {
		for (const figure of day.figures) {
			if (figure.unverified) continue;
			const from = { day: day.number, id: figure.id, label: figure.label };
			const common = { measure: figure.measure, unit: figure.unit, figure: from };
			const subject = figure.bars?.find((bar) => bar.subject);
			add({
				...common,
				day: day.number,
				label: subject?.label ?? day.shortTitle,
				value: figure.value,
				sources: [...figure.sources]
			});
			for (const bar of figure.bars ?? []) {
				if (bar.day !== undefined)
					add({
						...common,
						day: bar.day,
						label: bar.label,
						value: bar.value,
						sources: [...figure.sources]
					});
			}
		}
	}
	return values;
}

/** The measures two days both have values on, in order of first appearance, with those values. */
export function sharedMeasures(
	days: readonly Day[],
	a: number,
	b: number
): { measure: string; values: MeasureValue[] }[] {
	const values = measureValues(days).filter((v) => v.day === a || v.day === b);
	const measures = [...new Set(values.map((v) => v.measure))];
	return measures.flatMap((measure) => {
		const of = values.filter((v) => v.measure === measure);
		const both = of.some((v) => v.day === a) && of.some((v) => v.day === b);
		// The earlier day first, each day's values in the order the content gives them.
		return both ? [{ measure, values: [...of].sort((x, y) => x.day - y.day) }] : [];
	});
}
