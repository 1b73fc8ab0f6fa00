import { DAY_COUNT } from '../constants';
import { dayFile, type CheckContext } from './context';

const MEASURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Measures, across the days: every figure's measure is a kebab-case id, one measure has one unit
 * wherever it appears (so its values can share a scale), and a bar that names a day names another
 * of the twelve, and is not the figure itself.
 */
export function checkMeasures({ content, errors }: CheckContext): void {
	const firstUse = new Map<string, { day: number; index: number; unit: string }>();
	for (const day of content.days) {
		const at = (field: string, message: string) =>
			errors.push(`${dayFile(day.number)}: day ${day.number}: ${field}: ${message}`);
		day.figures.forEach((figure, i) => {
			const f = `figures[${i}]`;
			if (typeof figure.measure !== 'string' || !MEASURE_ID.test(figure.measure)) {
				at(
					`${f}.measure`,
					`"${String(figure.measure)}" is not a kebab-case id like "gpqa-diamond"`
				);
			} else {
				const unit = `${figure.unit.en} / ${figure.unit.zh}`;
				const first = firstUse.get(figure.measure);
				if (!first) firstUse.set(figure.measure, { day: day.number, index: i, unit });
				else if (first.unit !== unit)
					at(
						`${f}.unit`,
						`measure "${figure.measure}" is in "${unit}" here but in "${first.unit}" on day ${first.day} (figures[${first.index}]); one measure has one unit`
					);
			}
			figure.bars?.forEach((bar, j) => {
				if (bar.day === undefined) return;
				const b = `${f}.bars[${j}].day`;
				if (
					!Number.isInteger(bar.day) ||
					bar.day < 1 ||
					bar.day > DAY_COUNT ||
					bar.day === day.number
				)
					at(b, `${bar.day} is not another of the ${DAY_COUNT} days`);
				else if (bar.subject)
					at(b, 'the subject bar is the figure itself, which measures its own day');
			});
		});
	}
}
