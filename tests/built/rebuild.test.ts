import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { readPage, textOf } from '../support/site';

/**
 * An editor's second build reuses unchanged pages (incremental build) and
 * compiled MDX, but a reader must never see a stale page: what changed is
 * rebuilt, and what did not is byte-for-byte what a full build made.
 */
const seed = 'kazakhstan-after-the-2019-election';
const scratch = mkdtempSync(join(tmpdir(), 'rebuild-'));
const content = join(scratch, 'content');
const env = {
  CONTENT_DIR: content,
  DIST_DIR: join(scratch, 'dist'),
  ASTRO_CACHE_DIR: join(scratch, 'cache'),
};
const opinionFile = (slug: string) => join(env.DIST_DIR, 'opinion', slug, 'index.html');
const build = () => buildFixture('rebuild', env);
/** Whether the build copied the page at `path` from the last build instead of rendering it. */
const reusedPage = (result: FixtureBuild, path: string) =>
  new RegExp(`${path.replaceAll('.', '\\.')}index\\.html \\((?:restored|cached)\\)`).test(result.output);
const reused = (result: FixtureBuild, slug: string) => reusedPage(result, `/opinion/${slug}/`);

let first: FixtureBuild;
beforeAll(() => {
  cpSync('content', content, { recursive: true });
  // The copy shares one topic with the seed, so each has a topic page of its own.
  const copy = readFileSync(join(content, 'opinions', `${seed}.mdx`), 'utf-8');
  writeFileSync(
    join(content, 'opinions', 'second-op-ed.mdx'),
    copy.replace(/^tags: .*$/m, 'tags: [elections, regions]'),
  );
  first = build();
  expect(first.status, first.output).toBe(0);
});

describe('rebuilding after an edit', () => {
  it('shows the edit and reuses the untouched op-ed unchanged', () => {
    const untouched = readFileSync(opinionFile(seed), 'utf-8');
    appendFileSync(join(content, 'opinions', 'second-op-ed.mdx'), '\nA correction the editor added later.\n');
    const second = build();
    expect(second.status, second.output).toBe(0);
    expect(textOf(readPage('/opinion/second-op-ed/', env.DIST_DIR).querySelector('article'))).toContain(
      'A correction the editor added later.',
    );
    expect(reused(second, 'second-op-ed')).toBe(false);
    expect(reused(second, seed)).toBe(true);
    expect(readFileSync(opinionFile(seed), 'utf-8')).toBe(untouched);
  });

  it('rebuilds every op-ed of an author whose name changed', () => {
    const authorFile = join(content, 'authors', 'guest-contributor.yaml');
    const author = readFileSync(authorFile, 'utf-8');
    writeFileSync(authorFile, author.replace(/^name: .*$/m, 'name: Renamed Contributor'));
    const third = build();
    expect(third.status, third.output).toBe(0);
    for (const slug of [seed, 'second-op-ed']) {
      expect(reused(third, slug)).toBe(false);
      expect(textOf(readPage(`/opinion/${slug}/`, env.DIST_DIR).querySelector('article'))).toContain(
        'Renamed Contributor',
      );
    }
  });

  it('rebuilds the listings that show an edited headline, and reuses the others', () => {
    const file = join(content, 'opinions', 'second-op-ed.mdx');
    const seedOnlyTopic = readFileSync(join(env.DIST_DIR, 'topics', 'kazakhstan', 'index.html'), 'utf-8');
    writeFileSync(
      file,
      readFileSync(file, 'utf-8').replace(/^title: .*$/m, 'title: "A headline the editor changed"'),
    );
    const fourth = build();
    expect(fourth.status, fourth.output).toBe(0);
    for (const path of ['/topics/regions/', '/topics/elections/', '/authors/guest-contributor/']) {
      expect(reusedPage(fourth, path), path).toBe(false);
      const headlines = [...readPage(path, env.DIST_DIR).querySelectorAll('.headline')].map(textOf);
      expect(headlines, path).toContain('A headline the editor changed');
    }
    expect(reusedPage(fourth, '/topics/kazakhstan/')).toBe(true);
    expect(readFileSync(join(env.DIST_DIR, 'topics', 'kazakhstan', 'index.html'), 'utf-8')).toBe(
      seedOnlyTopic,
    );
  });
});
