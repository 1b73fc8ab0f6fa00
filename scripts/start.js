// `npm start`: build the site, then serve it and print the URL. With BASE_PATH (and BUILD_DIR) set,
// the site is built and served under that prefix, as a project page would be.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (process.env.BUILD_DIR) process.argv.push('--root', process.env.BUILD_DIR);
if (process.env.BASE_PATH) process.argv.push('--base', process.env.BASE_PATH);
await import('./serve.js');
