import type { Locale, Localized } from '$lib/content/types';

/** T with every Localized ({ en, zh }) replaced by the string of one language. */
export type Localize<T> = T extends Localized
	? string
	: T extends readonly (infer U)[]
		? Localize<U>[]
		: T extends object
			? { [K in keyof T]: Localize<T[K]> }
			: T;

function isLocalized(value: object): value is Localized {
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		typeof (value as Localized).en === 'string' &&
		typeof (value as Localized).zh === 'string'
	);
}

/** A deep copy of `value` in one language: pages ship only the language they show. */
export function localize<T>(value: T, locale: Locale): Localize<T> {
	if (Array.isArray(value)) return value.map((item) => localize(item, locale)) as Localize<T>;
	if (value && typeof value === 'object') {
		if (isLocalized(value)) return value[locale] as Localize<T>;
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, localize(item, locale)])
		) as Localize<T>;
	}
	return value as Localize<T>;
}
