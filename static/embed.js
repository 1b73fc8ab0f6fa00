// Twelve Days embeds (/embed, /embed/day/N): the one script they load. The page is complete
// without it; it adds two things.
//
// 1. The height message. In a frame, the page tells its parent how tall its content is, on load
//    and whenever that changes (a narrower frame wraps more text):
//      parent.postMessage({ type: 'twelve-days:height', height }, '*')
//    height is in CSS pixels. An embedding page may use it to size the frame, or ignore it.
// 2. On /embed, one card at a time for the day in focus: pointing at a day, focusing it, the arrow
//    keys (Left/Right, Home/End; one tab stop for the twelve days) or the Previous/Next buttons
//    move the focus; Enter or a click opens the day on the full site in a new tab.
(() => {
	'use strict';

	if (window.parent !== window) {
		let posted = 0;
		const post = () => {
			const height = Math.ceil(document.body.getBoundingClientRect().height);
			if (height === posted) return;
			posted = height;
			window.parent.postMessage({ type: 'twelve-days:height', height }, '*');
		};
		new ResizeObserver(post).observe(document.body);
		post();
	}

	const root = document.querySelector('[data-embed-timeline]');
	if (!root) return;
	const count = Number(root.getAttribute('data-count'));
	const markers = [...root.querySelectorAll('.marker[data-day]')];
	const cards = [...root.querySelectorAll('.card[data-day]')];
	const steps = root.querySelector('.steps');
	const [previous, next] = steps ? [...steps.querySelectorAll('button')] : [];
	const announce = root.querySelector('[data-live]');
	const instructions = document.getElementById('strip-instructions');
	let current = 1;

	/** Shows day n's card and marks its marker; says so when the reader did not move focus there. */
	function show(n, { say = false } = {}) {
		current = Math.min(count, Math.max(1, n));
		for (const card of cards)
			card.classList.toggle('current', Number(card.dataset.day) === current);
		for (const marker of markers) {
			const here = Number(marker.dataset.day) === current;
			marker.tabIndex = here ? 0 : -1;
			if (here) marker.setAttribute('aria-current', 'true');
			else marker.removeAttribute('aria-current');
		}
		previous?.setAttribute('aria-disabled', String(current === 1));
		next?.setAttribute('aria-disabled', String(current === count));
		if (say && announce) announce.textContent = cards[current - 1]?.dataset.announce ?? '';
	}

	for (const marker of markers) {
		const n = Number(marker.dataset.day);
		if (instructions)
			marker.setAttribute(
				'aria-describedby',
				`${instructions.id} ${marker.getAttribute('aria-describedby') ?? ''}`.trim()
			);
		marker.addEventListener('focus', () => show(n));
		marker.addEventListener('pointerenter', () => show(n));
		marker.addEventListener('keydown', (event) => {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			const to = { ArrowRight: n + 1, ArrowLeft: n - 1, Home: 1, End: count }[event.key];
			if (to === undefined) return;
			event.preventDefault();
			markers[Math.min(count, Math.max(1, to)) - 1]?.focus();
		});
	}
	for (const [button, direction] of [
		[previous, -1],
		[next, 1]
	]) {
		button?.addEventListener('click', () => {
			if (button.getAttribute('aria-disabled') !== 'true') show(current + direction, { say: true });
		});
	}
	if (steps) steps.hidden = false;
	show(1);
})();
