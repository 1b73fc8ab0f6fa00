import { describe, expect, it } from 'vitest';
import { match } from './lang';

describe('the language route matcher', () => {
	it('accepts zh, the one language with its own segment', () => {
		expect(match('zh')).toBe(true);
	});

	it.each(['en', 'ZH', 'zh-CN', 'zh-Hans', 'cn', '', 'zh ', 'day'])('rejects %j', (param) => {
		expect(match(param)).toBe(false);
	});
});
