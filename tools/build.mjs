#!/usr/bin/env node
/**
 * `npm run build`: the content check first, so editors see every problem at
 * once; then `astro build` into a staging folder; then the search index and
 * the output check on what it wrote. The staging folder is swapped into
 * dist/ only when every step succeeded, so a failed build never leaves a
 * half-published site. Extra arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildSettings, settingsOrExit } from '../src/config/env.ts';
import { builtFiles, OutputCheck } from '../src/deploy/output-check.ts';
import { writeSearchIndex } from '../src/search/search-index.ts';
import { publishingEnv } from './publishing-env.ts';

// Every setting is checked before anything runs: a bad one publishes nothing.
const { distDir: outDir, cacheDir, skipContentCheck } = settingsOrExit(buildSettings);
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const env = publishingEnv(process.env);

/** Runs a step with its output passed straight through; returns its exit status. */
function run(command, args) {
  const { status, error } = spawnSync(command, args, { env, stdio: 'inherit' });
  if (error) console.error(`${command}: ${error.message}`);
  return status ?? 1;
}

function fail(status) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nThe build failed, so nothing was published: ${outDir} is unchanged. Fix the problem named above and build again.`,
  );
  process.exit(status);
}

// The check lists every problem in every op-ed in seconds; the Astro build
// would stop at the first. The build enforces the same rules on its own
// (tests skip the check with SKIP_CONTENT_CHECK=1 to prove it).
if (!skipContentCheck) {
  const status = run(process.execPath, [
    '--import',
    './tools/register-ts-resolve.mjs',
    'tools/content-check/check-content.ts',
  ]);
  if (status !== 0) fail(status);
}

rmSync(staging, { recursive: true, force: true });
// The site the last build replaced was kept for a rollback until now.
rmSync(previous, { recursive: true, force: true });
const status = run('astro', ['build', '--outDir', staging, ...process.argv.slice(2)]);
if (status !== 0) fail(status);

/**
 * Pagefind indexes the pages in its own process while this one checks them;
 * then the check reads what Pagefind wrote and writes _headers for it all.
 */
async function finishSite() {
  const check = new OutputCheck(process.cwd(), cacheDir);
  const pages = builtFiles(staging);
  const indexing = writeSearchIndex(staging);
  // Reported when awaited below; until then, not an unhandled rejection.
  indexing.catch(() => {});
  await check.check(staging, pages);
  try {
    await indexing;
  } catch (error) {
    throw new Error(`The search index could not be built: ${error.message}`);
  }
  const files = builtFiles(staging);
  await check.check(staging, files);
  check.finish(staging, files);
  console.log(
    `Search index written; ${files.length} files checked: no scripts, event attributes or javascript: links slipped in`,
  );
}
try {
  await finishSite();
} catch (error) {
  console.error(error.message);
  fail(1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
console.log(
  `Published to ${outDir}${existsSync(previous) ? ` (the site it replaced is kept in ${previous} until the next build)` : ''}`,
);
