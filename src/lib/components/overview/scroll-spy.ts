import type { Attachment } from 'svelte/attachments';
import { readingStep } from '$lib/explorer/reading';

export interface ScrollSpy {
	/** Follows the reading position while its element is mounted (see readingStep). */
	attach: Attachment<HTMLElement>;
	/** Keeps the current step while a scroll the page started itself (j/k) runs its course. */
	hold(): void;
}

/** Quiet time after the last scroll event that ends a held scroll. */
const SETTLE_MS = 150;

/**
 * Follows the reading position as the page scrolls. It measures in the scroll event itself, which
 * the browser fires once a frame just before animation callbacks: the layout is still clean then,
 * so reading it forces no extra layout (a measurement in requestAnimationFrame could come after
 * another callback's writes). `steps()` gives the elements read, by step number; `top()` the bottom
 * edge of what sticks to the top of the viewport.
 */
export function scrollSpy(
	steps: () => ReadonlyMap<number, HTMLElement>,
	onStep: (step: number, byScroll: boolean) => void,
	top: () => number
): ScrollSpy {
	let held = false;
	let settle: ReturnType<typeof setTimeout> | undefined;
	const release = () => (held = false);
	return {
		hold() {
			held = true;
			clearTimeout(settle);
			settle = setTimeout(release, SETTLE_MS);
		},
		attach() {
			let frame = 0;
			let last: number | undefined;
			// Whether a scroll (not only a resize) happened since the last measurement.
			let scrolled = false;
			const measure = () => {
				frame = 0;
				if (held) return;
				const cards = [...steps()]
					.sort(([a], [b]) => a - b)
					.map(([step, el]) => {
						const rect = el.getBoundingClientRect();
						return { step, top: rect.top, bottom: rect.bottom };
					});
				const { scrollHeight } = document.documentElement;
				const step = readingStep(cards, {
					top: Math.max(0, top()),
					height: window.innerHeight,
					remaining: scrollHeight - window.scrollY - window.innerHeight
				});
				if (step !== undefined && step !== last) {
					last = step;
					onStep(step, scrolled);
				}
				scrolled = false;
			};
			const schedule = () => (frame ||= requestAnimationFrame(measure));
			const onScroll = () => {
				if (held) {
					clearTimeout(settle);
					settle = setTimeout(release, SETTLE_MS);
					return;
				}
				scrolled = true;
				measure();
			};
			window.addEventListener('scroll', onScroll, { passive: true });
			window.addEventListener('resize', schedule, { passive: true });
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(settle);
				window.removeEventListener('scroll', onScroll);
				window.removeEventListener('resize', schedule);
			};
		}
	};
}
