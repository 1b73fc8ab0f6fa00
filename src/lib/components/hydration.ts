let hydrated = false;

/** Whether the page's first hydration is over (set by the root layout once it is mounted). */
export const isHydrated = () => hydrated;

/** Called once, by the root layout, after the page has hydrated. */
export function markHydrated() {
	hydrated = true;
}

/**
 * Runs `work` in a task of its own once the page's hydration task is over (each piece of work
 * queued so gets its own task, in the order they were queued). Returns a function that cancels it.
 */
export function afterHydration(work: () => void): () => void {
	const timer = setTimeout(work, 0);
	return () => clearTimeout(timer);
}
