import { describe, expect, it } from 'vitest';
import { localize } from './localize';

describe('localize', () => {
	it('replaces every { en, zh } pair, however deep, and keeps everything else', () => {
		const value = {
			number: 3,
			title: { en: 'Sora', zh: 'Sora 视频' },
			list: [{ label: { en: 'a', zh: '甲' }, value: 1 }],
			nested: { note: { en: 'n', zh: '注' }, flag: true, nothing: undefined }
		};
		expect(localize(value, 'zh')).toEqual({
			number: 3,
			title: 'Sora 视频',
			list: [{ label: '甲', value: 1 }],
			nested: { note: '注', flag: true, nothing: undefined }
		});
		expect(localize(value, 'en').list[0]!.label).toBe('a');
	});

	it('leaves objects that merely have an en key alone', () => {
		expect(localize({ en: 'x', zh: 'y', extra: 1 }, 'en')).toEqual({ en: 'x', zh: 'y', extra: 1 });
	});
});
