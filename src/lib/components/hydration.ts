let hydrated = false;

/** Whether the page's first hydration is over (set by the root layout once it is mounted). */
export const isHydrated = () => hydrated;

/** Called once, by the root layout, after the page has hydrated. */
export function markHydrated() {
	hydrated = true;
}
