// Prerendered to build/404.html, which static hosts (and `npm start`) serve with status 404
// for any unknown path. It is a plain document: no client router to boot on an unknown URL.
export const csr = false;
