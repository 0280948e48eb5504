import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
 * only when it fails, and never parsed.
 */
function writeSearchIndex(outDir: string): Promise<void> {
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

/**
 * Builds the search index as soon as the pages are written. Pagefind works
 * in its own process while the other integrations finish the site, and the
 * build waits for it before the last integration (the output check) reads
 * the finished site. Run after `astro build`, its time came on top of every
 * build.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<void> | undefined;
  return {
    name: 'opinion-site:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir));
        // Reported when awaited below; until then, not an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) return;
        try {
          await indexing;
          logger.info('search index written');
        } catch (error) {
          throw new Error(`The search index could not be built: ${(error as Error).message}`);
        }
      },
    },
  };
}
