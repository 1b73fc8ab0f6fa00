import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** Svelte's hydration markers: <!--[-->, <!--[0-->, <!--[-1-->, <!--]-->, <!---->. */
const HYDRATION_MARKERS = /<!--(?:\[-?\d*|\]|)-->/g;

/**
 * A component's server-rendered HTML, for Island. Without Svelte's hydration markers unless asked
 * (`markers`): markup that is never hydrated does not need them. Server only: Island calls it
 * behind `import.meta.env.SSR`, so the browser's bundle leaves it (and svelte/server) out.
 */
export function serverHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>,
	{ markers = false } = {}
): string {
	const { body } = render(component, { props, context });
	return markers ? body : body.replace(HYDRATION_MARKERS, '');
}
