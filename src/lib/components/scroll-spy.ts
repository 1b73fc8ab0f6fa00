import type { Attachment } from 'svelte/attachments';

/**
 * Reports which child marked `data-step` is most in view as the reader scrolls: the one whose
 * middle is nearest the middle of the visible reading area, below whatever sticks to the top
 * (`top()` gives that edge in viewport pixels). Measured at most once a frame.
 */
export function scrollSpy(
	onStep: (step: number) => void,
	top: () => number = () => 0
): Attachment<HTMLElement> {
	return (node) => {
		let frame = 0;
		let last: number | undefined;
		const measure = () => {
			frame = 0;
			const upper = Math.max(0, top());
			const middle = (upper + window.innerHeight) / 2;
			let best: number | undefined;
			let bestDistance = Infinity;
			for (const el of node.querySelectorAll<HTMLElement>('[data-step]')) {
				const rect = el.getBoundingClientRect();
				if (rect.bottom < upper || rect.top > window.innerHeight) continue;
				const distance = Math.abs((rect.top + rect.bottom) / 2 - middle);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = Number(el.dataset.step);
				}
			}
			if (best !== undefined && best !== last) {
				last = best;
				onStep(best);
			}
		};
		const schedule = () => (frame ||= requestAnimationFrame(measure));
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		return () => {
			cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', schedule);
		};
	};
}
