import { MEDIA } from '../src/lib/components/breakpoints.ts';

/** The part of a PostCSS at-rule this plugin uses (PostCSS comes with Vite, not as a dependency of ours). */
interface MediaRule {
	params: string;
	error(message: string): Error;
}

/**
 * A PostCSS plugin (Vite runs it on the stylesheets and on every component's styles) that replaces
 * `(--name)` in an @media rule with MEDIA[name], so each breakpoint is written once, in
 * breakpoints.ts, for CSS and scripts alike. An unknown name fails the build.
 */
export function customMedia() {
	return {
		postcssPlugin: 'custom-media',
		AtRule: {
			media(rule: MediaRule) {
				rule.params = rule.params.replace(/\(--([a-z-]+)\)/g, (_, name: string) => {
					const query = (MEDIA as Record<string, string>)[name];
					if (!query) throw rule.error(`Unknown custom media (--${name}): see breakpoints.ts`);
					return query;
				});
			}
		}
	};
}
