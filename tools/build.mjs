#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder and swaps it into
 * dist/ only when every step succeeded, so a failed build never leaves a
 * half-published site. Extra arguments are passed to `astro build`.
 *
 * Three processes share the machine's cores: the content check, `astro
 * build`, and the drawing of social images ahead of the build (see
 * src/lib/published-social-images.ts). Astro's output is held back until the
 * check has passed, so editors see the check's list of every problem, or
 * the build, never both.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publishingEnv as publishingEnvOf } from './publishing-env.ts';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

/** The environment for every step (see scripts/publishing-env.ts). */
const publishingEnv = publishingEnvOf(process.env);
// Every step is a Node process that loads hundreds of modules; Node keeps
// their compiled code between builds here (Astro's CLI already does so in
// this same default folder, so the steps share it).
publishingEnv.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');
// Astro's output is piped through this script; keep its colours in a terminal.
if (process.stdout.isTTY && !process.env.NO_COLOR) publishingEnv.FORCE_COLOR ??= '1';

/** Runs the project's TypeScript scripts the way package.json does. */
const typeScript = (script) => [process.execPath, ['--import', './scripts/register-ts-resolve.mjs', script]];

/**
 * Starts a command with its output kept back until release(), which prints
 * it and from then on passes the output straight through.
 */
function start(command, args) {
  const child = spawn(command, args, { env: publishingEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  let released = false;
  const collect = (stream) => (chunk) => {
    if (released) stream.write(chunk);
    else chunks.push([stream, chunk]);
  };
  child.stdout.on('data', collect(process.stdout));
  child.stderr.on('data', collect(process.stderr));
  const exited = new Promise((done) => {
    child.on('error', (error) => {
      collect(process.stderr)(`${command}: ${error.message}\n`);
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  return {
    child,
    exited,
    release() {
      for (const [stream, chunk] of chunks.splice(0)) stream.write(chunk);
      released = true;
    },
    discard() {
      chunks.length = 0;
    },
  };
}

function stop(step) {
  if (step.child.exitCode === null && step.child.signalCode === null) step.child.kill('SIGTERM');
  return step.exited;
}

rmSync(staging, { recursive: true, force: true });
// The site published before the last build was kept for a rollback; it goes
// now, while the build runs, rather than holding up the swap at the end.
const clearingPrevious = rm(previous, { recursive: true, force: true });

/** Lowers a step's CPU priority, so that Astro's build, the longest step, comes first. */
function yieldToBuild(step, niceness) {
  try {
    setPriority(step.child.pid, niceness);
  } catch {
    // Not permitted here: the step then simply competes as an equal.
  }
}

const drawing = start(...typeScript('scripts/draw-social-images.ts'));
// Drawing ahead only helps while a core is free.
yieldToBuild(drawing, 15);

// The content check lists every problem in every op-ed in seconds; the
// Astro build would stop at the first. The build enforces the same rules on
// its own (tests skip the check with SKIP_CONTENT_CHECK=1 to prove it).
const check =
  process.env.SKIP_CONTENT_CHECK === '1' ? undefined : start(...typeScript('scripts/check-content.ts'));
const astro = start('astro', ['build', '--outDir', staging, ...process.argv.slice(2)]);
// The check ends long before the build does; ahead of the drawing, though.
if (check) yieldToBuild(check, 10);

let status = check ? await check.exited : 0;
if (status !== 0) {
  await stop(astro);
  astro.discard();
  check.release();
} else {
  check?.release();
  astro.release();
  status = await astro.exited;
}
await stop(drawing);
drawing.release();

if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  await clearingPrevious;
  console.error(
    `\nThe build failed, so nothing was published: ${outDir} is unchanged. Fix the problem named above and build again.`,
  );
  process.exit(status);
}

await clearingPrevious;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
console.log(
  `Published to ${outDir}${existsSync(previous) ? ` (the site it replaced is kept in ${previous} until the next build)` : ''}`,
);
