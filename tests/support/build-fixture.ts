import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixtureBuild {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything the build printed, colours stripped. */
  output: string;
  /** Where the site was written (may not exist if the build failed early). */
  outDir: string;
  /** Whether anything was published to outDir. */
  published: boolean;
}

/**
 * Builds the site with `npm run build`'s script from a fixture content folder (tests/fixtures/<name>,
 * holding opinions/ and authors/) into a fresh temporary folder, with its own
 * Astro cache so fixture builds never see each other's content.
 */
export function buildFixture(name: string, env: Record<string, string> = {}): FixtureBuild {
  return buildContent(resolve('tests/fixtures', name), env);
}

/** Builds the site, as buildFixture does, from any content folder (e.g. one a test wrote). */
export function buildContent(contentDir: string, env: Record<string, string> = {}): FixtureBuild {
  const name = contentDir.split(/[\\/]/).filter(Boolean).at(-1) ?? 'content';
  const scratch = mkdtempSync(join(tmpdir(), `fixture-${name}-`));
  const outDir = join(scratch, 'dist');
  const result = spawnSync('node', ['tools/build.mjs'], {
    encoding: 'utf-8',
    env: {
      ...process.env,
      CONTENT_DIR: resolve(contentDir),
      DIST_DIR: outDir,
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir, published: existsSync(join(outDir, 'index.html')) };
}
