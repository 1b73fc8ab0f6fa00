import type { CDPSession, Page } from '@playwright/test';

type Point = { x: number; y: number };

/** Real touch input through Chromium's input pipeline (CDP), so the browser scrolls and pinches as for a finger. */
export async function touchSession(page: Page) {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
		});
	/** Moves fingers from their start to their end points in `steps` moves, 16 ms apart. */
	async function gesture(from: Point[], to: Point[], steps = 10) {
		await send('touchStart', from);
		for (let i = 1; i <= steps; i++) {
			const at = from.map((p, f) => ({
				x: p.x + ((to[f]!.x - p.x) * i) / steps,
				y: p.y + ((to[f]!.y - p.y) * i) / steps
			}));
			await send('touchMove', at);
			await page.waitForTimeout(16);
		}
		await send('touchEnd', []);
	}
	return { gesture };
}
