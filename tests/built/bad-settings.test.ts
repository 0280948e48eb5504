import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

/** Every file of a folder with a hash of its bytes: what a reader of the site would be served. */
function contentsOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(folder, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );
}

/**
 * A bad environment setting stops `npm run build` before anything runs: a
 * message names the variable, the site already published stays as it was.
 */
describe('npm run build with a bad setting', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bad-settings-'));
  const distDir = join(scratch, 'dist');
  let published: Record<string, string>;

  beforeAll(() => {
    const first = buildFixture('second-op-ed-by-the-guide', { DIST_DIR: distDir });
    expect(first.status, first.output).toBe(0);
    published = contentsOf(distDir);
  });

  it.each([
    [
      'SITE_URL',
      'foo',
      'SITE_URL must be an absolute https URL with no path, such as https://opinions.example.kz/, got "foo"',
    ],
    ['BUILD_TIME', '2030-01-01', 'BUILD_TIME must be a date-time with its offset, such as'],
  ])(
    '%s=%s: exits non-zero, says what was expected, and leaves the published site untouched',
    (name, value, message) => {
      const build = buildFixture('second-op-ed-by-the-guide', { DIST_DIR: distDir, [name]: value });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(message);
      expect(build.output).toContain('nothing was built or published');
      expect(contentsOf(distDir)).toEqual(published);
      expect(existsSync(`${distDir}.staging`)).toBe(false);
    },
  );

  it('stops a plain `astro build` too, since Astro reads the same settings', () => {
    const outDir = join(scratch, 'astro-out');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      encoding: 'utf-8',
      env: {
        ...process.env,
        SITE_URL: 'https://opinions.example.kz/news/',
        ASTRO_CACHE_DIR: join(scratch, 'cache'),
      },
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain('SITE_URL must be an absolute https URL with no path');
    expect(existsSync(outDir)).toBe(false);
  });

  it('BUILD_TIME before every op-ed: stops instead of publishing an empty site', () => {
    const build = buildFixture('second-op-ed-by-the-guide', {
      DIST_DIR: distDir,
      BUILD_TIME: '2001-01-01T00:00:00+06:00',
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('before every op-ed’s published date, so the site would be empty');
    expect(contentsOf(distDir)).toEqual(published);
  });
});
