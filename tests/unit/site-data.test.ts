import { describe, expect, it } from 'vitest';
import type { Author, Opinion } from '../../src/content-model/entries';
import { scheduleNotice, siteData } from '../../src/routing/site-data';
import { sitemapEntries } from '../../src/sharing/sitemap';
import { absoluteUrl } from '../../src/routing/urls';

const author = (id: string, name: string, digest = `${id}-1`) =>
  ({ id, collection: 'authors', digest, data: { name, bio: 'Bio.', links: [] } }) as unknown as Author;

function opinion(id: string, fields: Record<string, unknown> = {}, digest = `${id}-1`): Opinion {
  return {
    id,
    collection: 'opinions',
    digest,
    data: {
      title: id,
      description: 'D',
      published: '2024-03-02T10:00:00+05:00',
      authors: [{ collection: 'authors', id: 'ivan' }],
      tags: ['elections'],
      lang: 'en',
      draft: false,
      corrections: [],
      oldAddresses: [],
      ...fields,
    },
  } as unknown as Opinion;
}

const now = { now: new Date('2025-01-01T00:00:00Z'), preview: false };
const authors = [author('ivan', 'Ivan'), author('aigul', 'Aigul')];

describe('what a build publishes', () => {
  const entries = [
    opinion('older', { published: '2019-06-10T10:00:00+06:00' }),
    opinion('newer', { tags: ['elections', 'economy'] }),
    opinion('draft', { draft: true }),
    opinion('scheduled', { published: '2999-01-01T00:00:00+05:00' }),
    opinion('perevod', { lang: 'ru', translationOf: { collection: 'opinions', id: 'older' } }),
  ];
  const data = siteData(entries, authors, now);

  it('lists published op-eds newest first, with their authors, and no draft or scheduled one', () => {
    expect(data.opinions.map(({ opinion }) => opinion.id)).toEqual(['newer', 'perevod', 'older']);
    expect(data.opinions[0]!.authors.map((a) => a.data.name)).toEqual(['Ivan']);
  });

  it('links translations both ways', () => {
    const older = data.opinions.find(({ opinion }) => opinion.id === 'older')!;
    expect(older.alternates.map(({ hreflang, id }) => `${hreflang}:${id}`)).toEqual([
      'en:older',
      'ru:perevod',
      'x-default:older',
    ]);
  });

  it('gives topics and authors their listings', () => {
    expect(data.topics.map(({ tag, opinions }) => [tag, opinions.length])).toEqual([
      ['elections', 3],
      ['economy', 1],
    ]);
    expect(data.authors.map(({ author, opinions }) => [author.id, opinions.length])).toEqual([
      ['aigul', 0],
      ['ivan', 3],
    ]);
  });

  it('changes an op-ed page’s cache key when the op-ed, its author or its translations change', () => {
    const key = (list: Opinion[], people = authors) =>
      siteData(list, people, now).opinions.find(({ opinion }) => opinion.id === 'older')!.cacheKey;
    const base = key(entries);
    expect(key(entries)).toBe(base);
    expect(key(entries.map((e) => (e.id === 'older' ? { ...e, digest: 'older-2' } : e)))).not.toBe(base);
    expect(key(entries, [author('ivan', 'Ivan', 'ivan-2'), authors[1]!])).not.toBe(base);
    expect(key(entries.filter((e) => e.id !== 'perevod'))).not.toBe(base);
  });

  it('changes the cache key of every listing that shows an edited op-ed, and of no other', () => {
    const keys = (list: Opinion[]) => {
      const built = siteData(list, authors, now);
      return new Map([
        ...[built.home, ...built.topics, ...built.authors].flatMap(({ pages }) =>
          pages.map((page) => [page.path, page.cacheKey] as const),
        ),
        ...built.opinions.map(({ opinion, cacheKey }) => [opinion.id, cacheKey] as const),
      ]);
    };
    const before = keys(entries);
    const after = keys(entries.map((e) => (e.id === 'newer' ? { ...e, digest: 'newer-2' } : e)));
    const changed = [...before].filter(([path, key]) => after.get(path) !== key).map(([path]) => path);
    expect(changed.sort()).toEqual([
      '/',
      '/authors/ivan/',
      '/topics/economy/',
      '/topics/elections/',
      'newer',
    ]);
    expect([...before.values()].every((key) => key !== undefined)).toBe(true);
  });

  it('stops the build when translationOf names no op-ed', () => {
    const broken = opinion('x', { translationOf: { collection: 'opinions', id: 'nowhere' } });
    expect(() => siteData([broken], authors, now)).toThrow(/translationOf: “nowhere” is not an op-ed/);
  });

  it('puts every page in the sitemap, op-eds dated and with their alternates', () => {
    const sitemap = sitemapEntries(data);
    expect(sitemap.map((entry) => entry.url)).toEqual(
      [
        '/',
        '/authors/aigul/',
        '/authors/ivan/',
        '/opinion/newer/',
        '/opinion/older/',
        '/opinion/perevod/',
        '/search/',
        '/topics/',
        '/topics/economy/',
        '/topics/elections/',
      ].map(absoluteUrl),
    );
    const older = sitemap.find((entry) => entry.url === absoluteUrl('/opinion/older/'))!;
    expect(older.lastmod).toBe('2019-06-10T10:00:00+06:00');
    expect(older.links).toHaveLength(3);
  });
});

describe('the next scheduled op-ed', () => {
  const entries = [
    opinion('live'),
    opinion('later', { published: '2031-01-01T09:00:00+05:00' }),
    opinion('soon', { published: '2030-06-01T09:00:00+06:00' }),
    opinion('draft-sooner', { published: '2029-01-01T09:00:00+05:00', draft: true }),
  ];

  it('is the ready op-ed whose time comes first, drafts aside', () => {
    expect(siteData(entries, authors, now).nextScheduled?.id).toBe('soon');
    expect(siteData(entries.slice(0, 1), authors, now).nextScheduled).toBeUndefined();
  });

  it('is announced in the site zone with the offset it will have then', () => {
    // Written at +06:00; Almaty is at +05:00 from 2024, so 09:00+06:00 is 08:00 there.
    const next = siteData(entries, authors, now).nextScheduled;
    expect(scheduleNotice(next)).toMatch(
      /“soon” \(soon\), goes live on 2030-06-01 at 08:00 Asia\/Almaty time \(UTC\+05:00\)/,
    );
    expect(scheduleNotice(undefined)).toMatch(/no op-ed is waiting/);
  });
});

describe('trust signals in site data', () => {
  const corrected = opinion('corrected', {
    published: '2024-03-05T09:00:00+06:00',
    updated: '2024-03-06T09:00:00+06:00',
    corrections: [
      { date: '2024-03-09T16:00:00+05:00', kind: 'clarification', text: 'Later.' },
      { date: '2024-03-07T10:00:00+06:00', kind: 'correction', text: 'Earlier.' },
    ],
    oldAddresses: ['corrected-first-name'],
  });
  const gone = opinion('gone', {
    oldAddresses: ['gone-before'],
    withdrawn: { date: '2024-04-01T09:00:00+06:00', reason: 'Asked by the author.' },
  });
  const build = (at: string) => siteData([corrected, gone], authors, { now: new Date(at), preview: false });

  it('dates an op-ed modified at its newest correction, whatever order they are listed in', () => {
    expect(build('2024-06-01T00:00:00Z').opinions[0]!.modified).toBe('2024-03-09T16:00:00+05:00');
  });

  it('marks an op-ed old one year after it was published, and keys its page by that', () => {
    const young = build('2025-03-05T02:59:00Z').opinions[0]!;
    const old = build('2025-03-05T03:01:00Z').opinions[0]!;
    expect([young.isOld, old.isOld]).toEqual([false, true]);
    expect(old.cacheKey).not.toBe(young.cacheKey);
  });

  it('sends each old address to the op-ed, and leaves a withdrawn op-ed only its notice', () => {
    const data = build('2024-06-01T00:00:00Z');
    expect(data.moved.map(({ from, to }) => `${from}→${to.opinion.id}`)).toEqual([
      'corrected-first-name→corrected',
    ]);
    expect(data.withdrawn.map(({ slugs }) => slugs)).toEqual([['gone', 'gone-before']]);
    expect(data.opinions.map(({ opinion }) => opinion.id)).toEqual(['corrected']);
    expect(sitemapEntries(data).map((entry) => entry.url)).not.toContain(absoluteUrl('/opinion/gone/'));
  });

  it('stops the build when an old address is live or claimed twice', () => {
    const clash = opinion('clash', { oldAddresses: ['corrected'] });
    expect(() => siteData([corrected, clash], authors, now)).toThrow(
      /clash: oldAddresses — “corrected” is the address of corrected, which is live/,
    );
    const twice = opinion('twice', { oldAddresses: ['corrected-first-name'] });
    expect(() => siteData([corrected, twice], authors, now)).toThrow(
      /2 op-eds list “corrected-first-name” as an old address/,
    );
  });
});
