import { estimateTextWidth } from './layout';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** Width of a label in px, measured with canvas in the browser; estimated where there is no canvas. */
export function measureLabel(text: string, font: string, fontSize: number): number {
	const key = `${font}|${text}`;
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	if (context === undefined) {
		context =
			typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	}
	let width: number;
	if (context) {
		context.font = font;
		// Round up and add a pixel: text rendering may differ slightly from canvas metrics.
		width = Math.ceil(context.measureText(text).width) + 1;
	} else {
		width = estimateTextWidth(text, fontSize);
	}
	cache.set(key, width);
	return width;
}
