import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { readPage, textOf } from '../support/site';

/**
 * An editor’s second build reuses unchanged pages (incremental build),
 * but a reader must never see a stale page: what changed is
 * rebuilt, and what did not is byte-for-byte what a full build made. Which
 * pages Astro may reuse is decided by their cache keys (tests/unit/site-data.test.ts);
 * Astro reports reuse only in its log, which is not an API, so this test reads pages only.
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

let first: FixtureBuild;
beforeAll(() => {
  cpSync('content', content, { recursive: true });
  // The copy shares one topic with the seed, so each has a topic page of its own.
  writeFileSync(
    join(content, 'topics', 'regions.yaml'),
    'name:\n  en: Regions\n  ru: Регионы\n  kk: Өңірлер\n',
  );
  const copy = readFileSync(join(content, 'opinions', `${seed}.mdx`), 'utf-8');
  writeFileSync(
    join(content, 'opinions', 'second-op-ed.mdx'),
    copy.replace(/^tags: .*$/m, 'tags: [elections, regions]'),
  );
  first = build();
  expect(first.status, first.output).toBe(0);
});

describe('rebuilding after an edit', () => {
  it('shows the edit and leaves the untouched op-ed byte-for-byte as it was', () => {
    const untouched = readFileSync(opinionFile(seed), 'utf-8');
    appendFileSync(join(content, 'opinions', 'second-op-ed.mdx'), '\nA correction the editor added later.\n');
    const second = build();
    expect(second.status, second.output).toBe(0);
    expect(textOf(readPage('/opinion/second-op-ed/', env.DIST_DIR).querySelector('article'))).toContain(
      'A correction the editor added later.',
    );
    expect(readFileSync(opinionFile(seed), 'utf-8')).toBe(untouched);
  });

  it('rebuilds every op-ed of an author whose name changed', () => {
    const authorFile = join(content, 'authors', 'guest-contributor.yaml');
    const author = readFileSync(authorFile, 'utf-8');
    writeFileSync(authorFile, author.replace(/^name: .*$/m, 'name: Renamed Contributor'));
    const third = build();
    expect(third.status, third.output).toBe(0);
    for (const slug of [seed, 'second-op-ed']) {
      expect(textOf(readPage(`/opinion/${slug}/`, env.DIST_DIR).querySelector('article'))).toContain(
        'Renamed Contributor',
      );
    }
  });

  it('shows an edited headline on every listing of it, and leaves the others as they were', () => {
    const file = join(content, 'opinions', 'second-op-ed.mdx');
    const seedOnlyTopic = readFileSync(join(env.DIST_DIR, 'topics', 'kazakhstan', 'index.html'), 'utf-8');
    writeFileSync(
      file,
      readFileSync(file, 'utf-8').replace(/^title: .*$/m, 'title: "A headline the editor changed"'),
    );
    const fourth = build();
    expect(fourth.status, fourth.output).toBe(0);
    for (const path of ['/topics/regions/', '/topics/elections/', '/authors/guest-contributor/']) {
      const headlines = [...readPage(path, env.DIST_DIR).querySelectorAll('.headline')].map(textOf);
      expect(headlines, path).toContain('A headline the editor changed');
    }
    // The seed's onward reading lists the edited op-ed.
    expect(
      [...readPage(`/opinion/${seed}/`, env.DIST_DIR).querySelectorAll('.onward .headline')].map(textOf),
    ).toContain('A headline the editor changed');
    expect(readFileSync(join(env.DIST_DIR, 'topics', 'kazakhstan', 'index.html'), 'utf-8')).toBe(
      seedOnlyTopic,
    );
  });
});

/**
 * Onward reading in the read-on archive: a page shows the new headline of
 * an op-ed it lists, and stays byte-for-byte as it was when only that
 * op-ed's text changes, or when it lists other op-eds. Which of them Astro
 * may restore is decided by their cache keys (tests/unit/site-data.test.ts).
 */
describe('rebuilding onward reading', () => {
  const edited = 'voda-i-aral';
  const archive = mkdtempSync(join(tmpdir(), 'rebuild-onward-'));
  const archiveEnv = {
    CONTENT_DIR: join(archive, 'content'),
    DIST_DIR: join(archive, 'dist'),
    ASTRO_CACHE_DIR: join(archive, 'cache'),
  };
  const editedFile = join(archiveEnv.CONTENT_DIR, 'opinions', `${edited}.mdx`);
  const html = (slug: string) =>
    readFileSync(join(archiveEnv.DIST_DIR, 'opinion', slug, 'index.html'), 'utf-8');
  const onwardOf = (slug: string) =>
    [...readPage(`/opinion/${slug}/`, archiveEnv.DIST_DIR).querySelectorAll('.onward .headline a')].map(
      (link) => link.getAttribute('href'),
    );
  let slugs: string[] = [];
  let listing: string[] = [];

  beforeAll(() => {
    cpSync('tests/fixtures/read-on-archive', archiveEnv.CONTENT_DIR, { recursive: true });
    const first = buildFixture('read-on-archive', archiveEnv);
    expect(first.status, first.output).toBe(0);
    slugs = readdirSync(join(archiveEnv.DIST_DIR, 'opinion'));
    listing = slugs.filter((slug) => onwardOf(slug).includes(`/opinion/${edited}/`));
    expect(listing.length).toBeGreaterThan(0);
    expect(slugs.length - listing.length).toBeGreaterThan(5);
  });

  it('leaves the pages that list an op-ed whose text alone changed as they were', () => {
    const before = new Map(listing.map((slug) => [slug, html(slug)]));
    appendFileSync(editedFile, '\nАбзац, который редактор добавил позже.\n');
    const build = buildFixture('read-on-archive', archiveEnv);
    expect(build.status, build.output).toBe(0);
    expect(textOf(readPage(`/opinion/${edited}/`, archiveEnv.DIST_DIR).querySelector('article'))).toContain(
      'Абзац, который редактор добавил позже.',
    );
    for (const slug of listing) expect(html(slug), slug).toBe(before.get(slug));
  });

  it('shows a changed headline on every page that lists it, and leaves every other as it was', () => {
    const others = slugs.filter((slug) => slug !== edited && !listing.includes(slug));
    const before = new Map(others.map((slug) => [slug, html(slug)]));
    writeFileSync(
      editedFile,
      readFileSync(editedFile, 'utf-8').replace(/^title: .*$/m, 'title: "Арал: новый заголовок"'),
    );
    const build = buildFixture('read-on-archive', archiveEnv);
    expect(build.status, build.output).toBe(0);
    for (const slug of listing) {
      const headlines = [
        ...readPage(`/opinion/${slug}/`, archiveEnv.DIST_DIR).querySelectorAll('.onward .headline'),
      ];
      expect(headlines.map(textOf), slug).toContain('Арал: новый заголовок');
    }
    for (const slug of others) expect(html(slug), slug).toBe(before.get(slug));
  });
});
