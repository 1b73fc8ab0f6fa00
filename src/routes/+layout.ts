// Every page is prerendered to static HTML; no path ends in a slash.
export const prerender = true;
export const trailingSlash = 'never';
