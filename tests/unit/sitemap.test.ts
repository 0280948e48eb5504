import { describe, expect, it } from 'vitest';
import { absoluteUrl, opinionPath } from '../../src/routing/urls';
import { readPublishedOpinionFiles } from '../../src/lib/opinion-files';
import {
  sitemapAlternates,
  sitemapLastModified,
  sitemapSerializer,
  type SitemapLink,
} from '../../src/sharing/sitemap';

const opinionsDir = 'tests/fixtures/russian-translation-and-draft/opinions';
const url = (id: string) => absoluteUrl(opinionPath(id));

describe('sitemap alternates', () => {
  it('reads published op-eds only, with their language and translationOf', () => {
    const opinions = readPublishedOpinionFiles(opinionsDir, new Date('2030-01-01T00:00:00Z'));
    expect(opinions.map((opinion) => opinion.id).sort()).toEqual([
      'golosovanie-za-rubezhom',
      'shetelde-dauys-beru',
      'voting-abroad',
    ]);
    expect(opinions.find((opinion) => opinion.id === 'golosovanie-za-rubezhom')?.data).toMatchObject({
      lang: 'ru',
      translationOf: { id: 'voting-abroad' },
    });
  });

  it('leaves out op-eds scheduled after the build', () => {
    expect(readPublishedOpinionFiles(opinionsDir, new Date('2019-01-01T00:00:00Z'))).toEqual([]);
  });

  it('lists every language version and x-default for each member of a group', () => {
    const links = sitemapAlternates(readPublishedOpinionFiles(opinionsDir));
    expect(links.get(url('shetelde-dauys-beru'))).toEqual([
      { lang: 'en', url: url('voting-abroad') },
      { lang: 'ru', url: url('golosovanie-za-rubezhom') },
      { lang: 'kk', url: url('shetelde-dauys-beru') },
      { lang: 'x-default', url: url('voting-abroad') },
    ]);
  });

  it('dates each op-ed by its updated time, else its published time, with the offset', () => {
    const lastModified = sitemapLastModified(readPublishedOpinionFiles(opinionsDir));
    for (const [, lastmod] of lastModified) expect(lastmod).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(lastModified.size).toBe(3);
  });

  it('adds lastmod and links in the serialize hook and leaves other URLs alone', () => {
    const serialize = sitemapSerializer(opinionsDir);
    const item: { url: string; lastmod?: string; links?: SitemapLink[] } = { url: url('voting-abroad') };
    expect(serialize(item).links).toHaveLength(4);
    expect(serialize(item).lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(serialize({ url: absoluteUrl('/search/') })).toEqual({ url: absoluteUrl('/search/') });
  });
});
