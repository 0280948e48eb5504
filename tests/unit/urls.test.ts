import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  authorPath,
  authorRssPath,
  jsonFeedPath,
  listingPath,
  opinionPath,
  rssPath,
  sitemapIndexPath,
  socialImagePath,
  topicPath,
  frontPath,
  topicsPath,
  searchPath,
} from '../../src/routing/urls';
import { locales, site } from '../../src/config/site';

describe('urls', () => {
  it('builds op-ed, author and topic paths with trailing slashes', () => {
    expect(opinionPath('kazakhstan-after-the-2019-election')).toBe(
      '/opinion/kazakhstan-after-the-2019-election/',
    );
    expect(authorPath('guest-contributor')).toBe('/authors/guest-contributor/');
    expect(topicPath('elections')).toBe('/topics/elections/');
  });

  it('numbers listing pages after the first', () => {
    expect(listingPath('/', 1)).toBe('/');
    expect(listingPath('/', 2)).toBe('/page/2/');
    expect(listingPath('/topics/elections/', 3)).toBe('/topics/elections/page/3/');
  });

  it('makes absolute URLs on the canonical origin', () => {
    expect(absoluteUrl('/opinion/x/')).toBe(`${site.url}/opinion/x/`);
  });
});

describe('feed and image urls', () => {
  it('puts social images, feeds and the sitemap at fixed paths', () => {
    expect(socialImagePath('a-b')).toBe('/og/a-b.png');
    expect(authorRssPath('guest-contributor')).toBe('/authors/guest-contributor/rss.xml');
    expect([rssPath(), jsonFeedPath(), sitemapIndexPath]).toEqual([
      '/rss.xml',
      '/feed.json',
      '/sitemap-index.xml',
    ]);
  });
});

describe('paths per language', () => {
  it('keeps English at the root and puts Russian and Kazakh under /ru/ and /kk/', () => {
    expect(locales.map((lang) => frontPath(lang))).toEqual(['/', '/ru/', '/kk/']);
    expect(topicPath('elections', 'ru')).toBe('/ru/topics/elections/');
    expect(topicsPath('kk')).toBe('/kk/topics/');
    expect(authorPath('ivan', 'kk')).toBe('/kk/authors/ivan/');
    expect(searchPath('ru')).toBe('/ru/search/');
    expect([rssPath('ru'), jsonFeedPath('kk')]).toEqual(['/ru/rss.xml', '/kk/feed.json']);
    expect(listingPath(frontPath('ru'), 2)).toBe('/ru/page/2/');
  });

  it('keeps every op-ed at /opinion/<slug>/ whatever its language, so shared links never break', () => {
    expect(opinionPath('golosovanie-za-rubezhom')).toBe('/opinion/golosovanie-za-rubezhom/');
  });
});
