import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test.describe('preview images', { tag: '@no-language' }, () => {
	const dir = new URL('../static/og/zh/', import.meta.url);

	/**
	 * In the page: cuts the card's text into lines and glyphs (by runs of blank rows and columns) and
	 * returns how many glyphs there are and how many distinct ones. A font without Chinese draws every
	 * character as the same empty box, so then most glyphs are alike.
	 */
	async function glyphCounts(src: string) {
		const image = new Image();
		image.src = src;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		// The text column of the card, left of the site name in the corner.
		const [x0, x1, y0, y1] = [90, 1150, 40, 520];
		const { data } = context.getImageData(0, 0, image.width, image.height);
		const ink = (x: number, y: number) => (data[(y * image.width + x) * 4] ?? 255) < 128;
		const runs = (from: number, to: number, filled: (i: number) => boolean) => {
			const found: [number, number][] = [];
			for (let i = from, start = -1; i <= to; i++) {
				if (i < to && filled(i)) {
					if (start < 0) start = i;
				} else if (start >= 0) {
					found.push([start, i]);
					start = -1;
				}
			}
			return found;
		};
		const glyphs: string[] = [];
		for (const [top, bottom] of runs(y0, y1, (y) => {
			for (let x = x0; x < x1; x++) if (ink(x, y)) return true;
			return false;
		}))
			for (const [left, right] of runs(x0, x1, (x) => {
				for (let y = top; y < bottom; y++) if (ink(x, y)) return true;
				return false;
			})) {
				let bits = '';
				for (let y = top; y < bottom; y++)
					for (let x = left; x < right; x++) bits += ink(x, y) ? '1' : '0';
				glyphs.push(`${right - left}x${bottom - top}:${bits}`);
			}
		return { glyphs: glyphs.length, distinct: new Set(glyphs).size };
	}

	test('the Chinese preview cards draw Chinese characters, not empty boxes', async ({ page }) => {
		const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
		expect(files.sort()).toEqual(
			['overview.png', ...Array.from({ length: 12 }, (_, i) => `day-${i + 1}.png`)].sort()
		);
		for (const file of files) {
			const src = `data:image/png;base64,${readFileSync(new URL(file, dir)).toString('base64')}`;
			const { glyphs, distinct } = await page.evaluate(glyphCounts, src);
			expect(glyphs, `${file}: text found`).toBeGreaterThan(20);
			// Real text repeats a few characters (的, 与, digits): over 0.9 distinct here. Boxes: under 0.5.
			expect(distinct / glyphs, `${file}: distinct glyphs`).toBeGreaterThan(0.75);
		}
	});
});
