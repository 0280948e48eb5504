import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Pagefind's own command line, run with the Node that runs the build. It
 * writes the same files as Pagefind's Node API in about half the time
 * (README, "Performance"), so the build calls the command, not the API.
 */
function pagefindCommand(): string {
  const manifest = findPackageJSON('pagefind', import.meta.url);
  if (!manifest) throw new Error('the pagefind package is not installed: run npm ci');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf-8')) as { bin: string };
  return join(dirname(manifest), bin);
}

/**
 * Indexes the built site with Pagefind into `/pagefind/`. Op-eds in every
 * language go into one index, so the one search page finds them all and can
 * filter by language; Pagefind would otherwise split the index by
 * `<html lang>` and search only the page's own. It runs in the site's folder,
 * so no configuration file from elsewhere changes it. Its output is shown
 * only when it fails, and never parsed. tools/build.mjs runs it once Astro
 * has exited: at 10,000 op-eds each process holds about 2 GB, and their
 * peaks no longer add up.
 */
export function writeSearchIndex(outDir: string): Promise<void> {
  const args = ['--site', '.', '--output-subdir', 'pagefind', '--force-language', 'en'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindCommand(), ...args], {
      cwd: outDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Pagefind exited with ${code}:\n${output.trim()}`));
      resolve();
    });
  });
}
