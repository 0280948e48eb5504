#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder and swaps it into
 * dist/ only when every step succeeded, so a failed build never leaves a
 * half-published site. Extra arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

/** Steps after `astro build`, each given the staging folder. */
const postBuildSteps = [
  // The search index. Op-eds in every language go into one index, so the one
  // search page finds them all and can filter by language; Pagefind would
  // otherwise split the index by <html lang> and search only the page's own.
  ['pagefind', ['--force-language', 'en', '--site']],
];

// Always a production build, whatever the caller's environment: Astro takes
// import.meta.env.DEV from process.env.DEV at build time (vitest sets DEV=1
// and NODE_ENV=test), and in dev mode drafts are previewed — and published.
const { DEV: _dev, PROD: _prod, MODE: _mode, ...callerEnv } = process.env;
const env = { ...callerEnv, NODE_ENV: 'production' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

rmSync(staging, { recursive: true, force: true });
// The content check lists every problem in every op-ed in seconds; the
// Astro build would stop at the first. The build enforces the same rules on
// its own (tests skip the check with SKIP_CONTENT_CHECK=1 to prove it).
let status = process.env.SKIP_CONTENT_CHECK === '1' ? 0 : run('npm', ['run', '--silent', 'check']);
if (status === 0) status = run('astro', ['build', '--outDir', staging, ...process.argv.slice(2)]);
for (const [command, args] of postBuildSteps) {
  if (status !== 0) break;
  status = run(command, [...args, staging]);
}

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nThe build failed, so nothing was published: ${outDir} is unchanged. Fix the problem named above and build again.`,
  );
  process.exit(status);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Published to ${outDir}`);
