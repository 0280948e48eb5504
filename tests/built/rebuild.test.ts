import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
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
    // The seed's onward reading lists the edited op-ed.
    expect(reused(fourth, seed)).toBe(false);
    expect(
      [...readPage(`/opinion/${seed}/`, env.DIST_DIR).querySelectorAll('.onward .headline')].map(textOf),
    ).toContain('A headline the editor changed');
    expect(reusedPage(fourth, '/topics/kazakhstan/')).toBe(true);
    expect(readFileSync(join(env.DIST_DIR, 'topics', 'kazakhstan', 'index.html'), 'utf-8')).toBe(
      seedOnlyTopic,
    );
  });
});

/**
 * Onward reading in the read-on archive: a page is rendered again when an
 * op-ed it lists changes what the list shows (its headline), and restored
 * when only that op-ed's text changes, or when it lists other op-eds.
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

  it('restores the pages that list an op-ed whose text alone changed', () => {
    const before = new Map(listing.map((slug) => [slug, html(slug)]));
    appendFileSync(editedFile, '\nАбзац, который редактор добавил позже.\n');
    const build = buildFixture('read-on-archive', archiveEnv);
    expect(build.status, build.output).toBe(0);
    expect(reusedPage(build, `/opinion/${edited}/`)).toBe(false);
    for (const slug of listing) {
      expect(reusedPage(build, `/opinion/${slug}/`), slug).toBe(true);
      expect(html(slug), slug).toBe(before.get(slug));
    }
  });

  it('renders again every page that lists an op-ed whose headline changed, and restores every other', () => {
    const others = slugs.filter((slug) => slug !== edited && !listing.includes(slug));
    const before = new Map(others.map((slug) => [slug, html(slug)]));
    writeFileSync(
      editedFile,
      readFileSync(editedFile, 'utf-8').replace(/^title: .*$/m, 'title: "Арал: новый заголовок"'),
    );
    const build = buildFixture('read-on-archive', archiveEnv);
    expect(build.status, build.output).toBe(0);
    for (const slug of listing) {
      expect(reusedPage(build, `/opinion/${slug}/`), slug).toBe(false);
      const headlines = [
        ...readPage(`/opinion/${slug}/`, archiveEnv.DIST_DIR).querySelectorAll('.onward .headline'),
      ];
      expect(headlines.map(textOf), slug).toContain('Арал: новый заголовок');
    }
    for (const slug of others) {
      expect(reusedPage(build, `/opinion/${slug}/`), slug).toBe(true);
      expect(html(slug), slug).toBe(before.get(slug));
    }
  });
});
