import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { freePort } from './nginx';

export interface RunningCms {
  /** Where the CMS serves, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The content folder it edits: a copy, relative to the project root as Keystatic needs. */
  contentDir: string;
  /** Everything the CMS printed. */
  output: () => string;
  /** Stops the CMS; the content folder stays for the build until `remove`. */
  stop: () => Promise<void>;
  remove: () => void;
}

/**
 * Starts `npm run cms` on a copy of a content folder, and waits until it
 * answers. Keystatic's local mode reads and writes below the project root
 * and skips what .gitignore names, so the copy is in .cms-scratch/, which is
 * not ignored, and is removed afterwards.
 */
export async function startCms(from: string): Promise<RunningCms> {
  mkdirSync('.cms-scratch', { recursive: true });
  const scratch = mkdtempSync(join('.cms-scratch', 'content-'));
  const contentDir = relative(process.cwd(), join(scratch, 'content'));
  cpSync(from, contentDir, { recursive: true });
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    'npm',
    // --ignore-lock: a developer's own `npm run dev` may be running in this project.
    ['run', 'cms', '--', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      env: {
        // As an editor runs it: under Vitest's variables Astro serves the CMS's routes as 404.
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'cms-cache-')), 'astro'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // The whole group: npm, and the astro dev it started.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  };
  const remove = () => {
    rmSync(scratch, { recursive: true, force: true });
    if (readdirSync('.cms-scratch').length === 0) rmSync('.cms-scratch', { recursive: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    const failure =
      child.exitCode !== null || child.signalCode !== null
        ? 'exited'
        : Date.now() > deadline
          ? 'did not answer in 90 s'
          : undefined;
    if (failure) {
      await stop();
      remove();
      throw new Error(`npm run cms ${failure}:\n${output}`);
    }
    const ready = await fetch(`${origin}/keystatic`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, contentDir, output: () => output, stop, remove };
}
