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

/**
 * The environment for every step. Astro reads import.meta.env.DEV (and MODE,
 * PROD…) from variables of those names when they are set, and a NODE_ENV
 * other than production turns DEV on too: a shell's DEV=1 or a test runner's
 * NODE_ENV=test would then preview drafts in the published site.
 */
const publishingEnv = { ...process.env, NODE_ENV: 'production' };
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete publishingEnv[name];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: publishingEnv });
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
