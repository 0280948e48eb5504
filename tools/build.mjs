#!/usr/bin/env node
/**
 * `npm run build`: the content check first, so editors see every problem at
 * once; then `astro build` into a staging folder, swapped into dist/ only when
 * it succeeded, so a failed build never leaves a half-published site. Extra
 * arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildSettings, settingsOrExit } from '../src/config/env.ts';
import { publishingEnv } from './publishing-env.ts';

// Every setting is checked before anything runs: a bad one publishes nothing.
const { distDir: outDir, skipContentCheck } = settingsOrExit(buildSettings);
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

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
console.log(
  `Published to ${outDir}${existsSync(previous) ? ` (the site it replaced is kept in ${previous} until the next build)` : ''}`,
);
