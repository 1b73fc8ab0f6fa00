import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** Svelte's hydration markers: <!--[-->, <!--[0-->, <!--[-1-->, <!--]-->, <!---->. */
const HYDRATION_MARKERS = /<!--(?:\[-?\d*|\]|)-->/g;

/**
 * A component's server-rendered HTML, for StaticIsland, without hydration markers: that markup is
 * never hydrated, and an empty comment at its top level would end the {@html} block holding it. Server only: StaticIsland calls it
 * behind `import.meta.env.SSR`, so the browser's bundle leaves it (and svelte/server) out.
 */
export function serverHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>
): string {
	return render(component, { props, context }).body.replace(HYDRATION_MARKERS, '');
}
