import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { listPages, readPage, textOf } from '../support/site';
import { readSitemap } from '../../tools/gates/read-sitemap.mjs';

describe('listings paginate 20 a page, and topics have pages', () => {
  let build: FixtureBuild;
  const page = (path: string) => readPage(path, build.outDir);
  const headlines = (document: Document) =>
    [...document.querySelectorAll('.opinion-list .headline')].map((element) => textOf(element));

  beforeAll(() => {
    build = buildFixture('pagination-and-topics');
  });

  it('shows the newest 20 on the home page and the rest on /page/2/', () => {
    expect(build.status).toBe(0);
    expect(headlines(page('/'))).toHaveLength(20);
    expect(headlines(page('/'))[0]).toBe('Op-ed number 22');
    expect(headlines(page('/page/2/'))).toEqual(['Op-ed number 02', 'Op-ed number 01']);
  });

  it('links pages with an accessible nav and rel prev/next', () => {
    const first = page('/').querySelector('nav.pagination')!;
    expect(first.getAttribute('aria-label')).toBe('Pages');
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/page/2/');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[aria-current="page"]')!.getAttribute('href')).toBe('/');
    const second = page('/page/2/').querySelector('nav.pagination')!;
    expect(second.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/');
    expect(second.querySelector('a[rel="next"]')).toBeNull();
  });

  it('lists every topic with its count on /topics/', () => {
    const items = [...page('/topics/').querySelectorAll('main li')].map((element) => textOf(element));
    expect(items).toEqual(['Politics (22 op-eds)', 'Economy (11 op-eds)']);
    expect(page('/topics/').querySelector('a[href="/topics/economy/"]')).not.toBeNull();
  });

  it('gives each topic its own paginated page', () => {
    expect(headlines(page('/topics/economy/'))).toHaveLength(11);
    expect(headlines(page('/topics/politics/'))).toHaveLength(20);
    expect(headlines(page('/topics/politics/page/2/'))).toHaveLength(2);
    expect(listPages(build.outDir)).not.toContain('/topics/economy/page/2/');
  });

  it('gives the author’s feed the newest 20 op-eds, and the site feed all 22 (up to 50)', () => {
    const titles = (path: string) =>
      parseFeed(readFileSync(join(build.outDir, path), 'utf-8')).items.map((item) => item.title);
    const authorFeed = titles('authors/guest-contributor/rss.xml');
    expect(site.authorFeedSize).toBe(20);
    expect(authorFeed).toHaveLength(20);
    expect(authorFeed[0]).toBe('Op-ed number 22');
    expect(authorFeed).not.toContain('Op-ed number 02');
    expect(titles('rss.xml')).toHaveLength(22);
  });

  it('links an op-ed’s topics to their pages', () => {
    const links = [...page('/opinion/op-ed-02/').querySelectorAll('.topics a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/topics/politics/', '/topics/economy/']);
  });

  it('paginates an author’s page like every other listing', () => {
    expect(headlines(page('/authors/guest-contributor/'))).toHaveLength(20);
    expect(headlines(page('/authors/guest-contributor/page/2/'))).toEqual([
      'Op-ed number 02',
      'Op-ed number 01',
    ]);
    const nav = page('/authors/guest-contributor/').querySelector('nav.pagination')!;
    expect(nav.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
      '/authors/guest-contributor/page/2/',
    );
  });

  it('has no front page, and no link, for a language with no published op-ed', () => {
    expect(listPages(build.outDir).filter((path) => /^\/(ru|kk)\//.test(path))).toEqual([]);
    for (const path of listPages(build.outDir)) {
      const document = page(path);
      expect(document.querySelector('nav.languages'), path).toBeNull();
      const hrefs = [...document.querySelectorAll('a[href], link[href]')].map((link) =>
        link.getAttribute('href')!,
      );
      expect(
        hrefs.filter((href) => /^(https?:\/\/[^/]+)?\/(ru|kk)\//.test(href)),
        path,
      ).toEqual([]);
    }
  });

  it('lists exactly the pages the build wrote in the sitemap, the 404 page aside', () => {
    const inSitemap = readSitemap(build.outDir).map((url) => url.pathname);
    const written = listPages(build.outDir).filter((path) => path !== '/404.html');
    expect([...inSitemap].sort()).toEqual([...written].sort());
  });
});
