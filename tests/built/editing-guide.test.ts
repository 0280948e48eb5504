import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { readPage, textOf } from '../support/site';

/**
 * tests/fixtures/second-op-ed-by-the-guide was made by following EDITING.md
 * literally: a new author file, `npm run new -- "Қазақстан: жаңа кезең"
 * --author aigerim-nurlanova`, then the fields, points and a <Figure> as the
 * guide shows, and `&lt;` where the check asked for it.
 */
describe('a second op-ed written by following EDITING.md', () => {
  let build: FixtureBuild;
  let page: Document;

  beforeAll(() => {
    build = buildFixture('second-op-ed-by-the-guide');
    page = readPage('/opinion/qazaqstan-zhana-kezen/', build.outDir);
  });

  it('builds and is published at its transliterated address', () => {
    expect(build.status).toBe(0);
    expect(textOf(page.querySelector('h1'))).toBe('Қазақстан: жаңа кезең');
    expect(page.documentElement.getAttribute('lang')).toBe('kk');
  });

  it('shows the author, the points, the figure and the topics', () => {
    expect(textOf(page.querySelector('a[rel="author"]'))).toBe('Aigerim Nurlanova');
    expect(page.querySelector('[id="үш-өзгеріс-2"]')).not.toBeNull();
    expect(page.querySelector('figure img')!.getAttribute('alt')).toBe(
      'Voters queue outside a polling station in Almaty',
    );
    expect(textOf(page.querySelector('article'))).toContain('Trust fell <50% in the cities.');
    expect([...page.querySelectorAll('.topics a')].map((link) => link.getAttribute('href'))).toEqual([
      '/kk/topics/kazakhstan/',
      '/kk/topics/elections/',
    ]);
  });
});
