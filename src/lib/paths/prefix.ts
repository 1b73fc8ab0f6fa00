// A site path and its address under a base prefix (pure: the service worker and the tests use these
// directly; the pages use site.ts, which applies the build's own prefix).

/** A site path's address under a prefix: "/day/3" is "/twelve-days/day/3", "/" is "/twelve-days/". */
export function withBase(path: string, prefix: string): string {
	return prefix + path;
}

/** The site path of an address under a prefix; an address outside the prefix is returned as it is. */
export function withoutBase(pathname: string, prefix: string): string {
	if (!prefix) return pathname;
	if (pathname === prefix) return '/';
	return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
