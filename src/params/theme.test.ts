import { describe, expect, it } from 'vitest';
import { match } from './theme';

describe('the theme route matcher', () => {
	it.each(['depth-and-breadth', 'engine-and-deployment', 'sora-and-video', 'super-app'])(
		'accepts %s',
		(slug) => expect(match(slug)).toBe(true)
	);
	it.each(['', 'Super-App', 'super-app/', 'sora', '1', 'super app', 'super-app-'])(
		'rejects %j',
		(slug) => expect(match(slug)).toBe(false)
	);
});
