import { describe, expect, it } from 'vitest';
import type { Author, Opinion, TopicEntry } from '../../src/content-model/entries';
import { scheduleNotice, sectionOf, siteData, type SiteData } from '../../src/routing/site-data';
import { sitemapEntries } from '../../src/sharing/sitemap';
import { absoluteUrl } from '../../src/routing/urls';

const author = (id: string, name: string, digest = `${id}-1`) =>
  ({ id, collection: 'authors', digest, data: { name, bio: 'Bio.', links: [] } }) as unknown as Author;

const topic = (id: string, digest = `${id}-1`) =>
  ({
    id,
    collection: 'topics',
    digest,
    data: { name: { en: `${id} (en)`, ru: `${id} (ru)`, kk: `${id} (kk)` }, intro: {} },
  }) as unknown as TopicEntry;

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

const by = (...ids: string[]) => ids.map((id) => ({ collection: 'authors', id }));
const now = { now: new Date('2025-01-01T00:00:00Z'), preview: false };
const authors = [author('ivan', 'Ivan'), author('aigul', 'Aigul')];
const topics = ['elections', 'economy', 'water', 'schools'].map((id) => topic(id));
const ids = (items: readonly { opinion: Opinion }[]) => items.map(({ opinion }) => opinion.id);

describe('what a build publishes', () => {
  const entries = [
    opinion('older', { published: '2019-06-10T10:00:00+06:00' }),
    opinion('newer', { tags: ['elections', 'economy'] }),
    opinion('draft', { draft: true }),
    opinion('scheduled', { published: '2999-01-01T00:00:00+05:00' }),
    opinion('perevod', { lang: 'ru', translationOf: { collection: 'opinions', id: 'older' } }),
  ];
  const data = siteData(entries, authors, topics, now);

  it('lists published op-eds newest first, with their authors and topics, and no draft or scheduled one', () => {
    expect(ids(data.opinions)).toEqual(['newer', 'perevod', 'older']);
    expect(data.opinions[0]!.authors.map((a) => a.data.name)).toEqual(['Ivan']);
    expect(data.opinions[0]!.topics.map((t) => t.id)).toEqual(['elections', 'economy']);
  });

  it('links translations both ways', () => {
    const older = data.opinions.find(({ opinion }) => opinion.id === 'older')!;
    expect(older.alternates.map(({ hreflang, id }) => `${hreflang}:${id}`)).toEqual([
      'en:older',
      'ru:perevod',
      'x-default:older',
    ]);
  });

  it('gives a front page to English and to each language with a published op-ed, and to no other', () => {
    expect(data.sections.map(({ lang }) => lang)).toEqual(['en', 'ru']);
    expect(ids(sectionOf(data, 'en').home.pages[0]!.items)).toEqual(['newer', 'older']);
    expect(ids(sectionOf(data, 'ru').home.pages[0]!.items)).toEqual(['perevod']);
    expect(() => sectionOf(data, 'kk')).toThrow(/No op-eds are published in “kk”/);
  });

  it('gives topics and authors their listings in each language, that language’s op-eds first', () => {
    const ru = sectionOf(data, 'ru');
    expect(ru.topics.map(({ tag, opinions }) => [tag, ids(opinions)])).toEqual([
      ['elections', ['perevod', 'newer', 'older']],
    ]);
    // A Russian topic or author page once the topic or author has a Russian op-ed; English ones always.
    expect(ru.authors.map(({ author }) => author.id)).toEqual(['ivan']);
    expect(sectionOf(data, 'en').topics.map(({ tag }) => tag)).toEqual(['elections', 'economy']);
    expect(ru.topics[0]!.basePath).toBe('/ru/topics/elections/');
    expect(sectionOf(data, 'en').authors.map(({ author, opinions }) => [author.id, opinions.length])).toEqual(
      [
        ['aigul', 0],
        ['ivan', 3],
      ],
    );
  });

  it('switches language to the same page, or to the front page where there is none', () => {
    const older = data.opinions.find(({ opinion }) => opinion.id === 'older')!;
    const newer = data.opinions.find(({ opinion }) => opinion.id === 'newer')!;
    expect(older.languageLinks).toEqual([{ lang: 'ru', path: '/opinion/perevod/' }]);
    expect(newer.languageLinks).toEqual([{ lang: 'ru', path: '/ru/' }]);
    expect(sectionOf(data, 'ru').topics[0]!.pages[0]!.languageLinks).toEqual([
      { lang: 'en', path: '/topics/elections/' },
    ]);
    const economy = sectionOf(data, 'en').topics.find(({ tag }) => tag === 'economy')!;
    expect(economy.pages[0]!.languageLinks).toEqual([{ lang: 'ru', path: '/ru/' }]);
  });

  it('changes an op-ed page’s cache key when the op-ed, its author or its translations change', () => {
    const key = (list: Opinion[], people = authors) =>
      siteData(list, people, topics, now).opinions.find(({ opinion }) => opinion.id === 'older')!.cacheKey;
    const base = key(entries);
    expect(key(entries)).toBe(base);
    expect(key(entries.map((e) => (e.id === 'older' ? { ...e, digest: 'older-2' } : e)))).not.toBe(base);
    expect(key(entries, [author('ivan', 'Ivan', 'ivan-2'), authors[1]!])).not.toBe(base);
    expect(key(entries.filter((e) => e.id !== 'perevod'))).not.toBe(base);
  });

  it('changes an op-ed page’s cache key for its topic’s name in its language, not for the introduction', () => {
    const keyWith = (elections: TopicEntry) =>
      siteData(entries, authors, [elections, ...topics.slice(1)], now).opinions.find(
        ({ opinion }) => opinion.id === 'older',
      )!.cacheKey;
    const base = keyWith(topics[0]!);
    const renamed = {
      ...topics[0]!,
      digest: 'e-2',
      data: { ...topics[0]!.data, name: { ...topics[0]!.data.name, en: 'Votes' } },
    };
    const introduced = {
      ...topics[0]!,
      digest: 'e-3',
      data: { ...topics[0]!.data, intro: { en: 'New intro.' } },
    };
    const renamedInRussian = {
      ...topics[0]!,
      digest: 'e-4',
      data: { ...topics[0]!.data, name: { ...topics[0]!.data.name, ru: 'Голосование' } },
    };
    expect(keyWith(renamed)).not.toBe(base);
    expect(keyWith(introduced)).toBe(base);
    expect(keyWith(renamedInRussian)).toBe(base);
  });

  it('changes the cache key of every listing that shows an edited op-ed, and of no other', () => {
    const keys = (list: Opinion[]) => {
      const built = siteData(list, authors, topics, now);
      return new Map([
        ...built.sections.flatMap(({ home, topics: listings, authors: people }) =>
          [home, ...listings, ...people].flatMap(({ pages }) =>
            pages.map((page) => [page.path, page.cacheKey] as const),
          ),
        ),
        ...built.opinions.map(({ opinion, cacheKey }) => [opinion.id, cacheKey] as const),
      ]);
    };
    const before = keys(entries);
    // What a listing shows changed (the headline), not only the text.
    const after = keys(
      entries.map((e) =>
        e.id === 'newer' ? { ...e, digest: 'newer-2', data: { ...e.data, title: 'Newer, retitled' } } : e,
      ),
    );
    const changed = [...before].filter(([path, key]) => after.get(path) !== key).map(([path]) => path);
    // Its own page, the listings that show it, and the op-eds whose onward reading lists it.
    expect(changed.sort()).toEqual([
      '/',
      '/authors/ivan/',
      '/ru/authors/ivan/',
      '/ru/topics/elections/',
      '/topics/economy/',
      '/topics/elections/',
      'newer',
      'older',
      'perevod',
    ]);
    expect([...before.values()].every((key) => key !== undefined)).toBe(true);
  });

  it('stops the build when translationOf names no op-ed', () => {
    const broken = opinion('x', { translationOf: { collection: 'opinions', id: 'nowhere' } });
    expect(() => siteData([broken], authors, topics, now)).toThrow(
      /translationOf: “nowhere” is not an op-ed/,
    );
  });

  it('puts every page in the sitemap, op-eds dated and with their alternates, front pages with each other', () => {
    const sitemap = sitemapEntries(data);
    expect(sitemap.map((entry) => entry.url)).toEqual(
      [
        '/',
        '/authors/aigul/',
        '/authors/ivan/',
        '/opinion/newer/',
        '/opinion/older/',
        '/opinion/perevod/',
        '/ru/',
        '/ru/authors/ivan/',
        '/ru/search/',
        '/ru/topics/',
        '/ru/topics/elections/',
        '/search/',
        '/topics/',
        '/topics/economy/',
        '/topics/elections/',
      ].map(absoluteUrl),
    );
    const older = sitemap.find((entry) => entry.url === absoluteUrl('/opinion/older/'))!;
    expect(older.lastmod).toBe('2019-06-10T10:00:00+06:00');
    expect(older.links).toHaveLength(3);
    const front = sitemap.find((entry) => entry.url === absoluteUrl('/ru/'))!;
    expect(front.links).toEqual([
      { lang: 'en', url: absoluteUrl('/') },
      { lang: 'ru', url: absoluteUrl('/ru/') },
      { lang: 'x-default', url: absoluteUrl('/') },
    ]);
  });
});

describe('front pages paginate per language', () => {
  const many = Array.from({ length: 21 }, (_, n) =>
    opinion(`ru-${String(n).padStart(2, '0')}`, {
      lang: 'ru',
      published: `2024-01-${String(n + 1).padStart(2, '0')}T10:00:00+05:00`,
    }),
  );
  const data = siteData([...many, opinion('en-only')], authors, topics, now);

  it('gives Russian its own page 2, whose switch leads to the English front page (English has one page)', () => {
    const ru = sectionOf(data, 'ru').home.pages;
    expect(ru.map((page) => [page.path, page.items.length])).toEqual([
      ['/ru/', 20],
      ['/ru/page/2/', 1],
    ]);
    expect(ru[1]!.languageLinks).toEqual([{ lang: 'en', path: '/' }]);
    expect(sectionOf(data, 'en').home.pages[0]!.languageLinks).toEqual([{ lang: 'ru', path: '/ru/' }]);
  });
});

describe('onward reading', () => {
  // Newest first: a, b, c, … (one day apart).
  const day = (n: number) => `2024-05-${String(28 - n).padStart(2, '0')}T10:00:00+05:00`;
  const entries = [
    opinion('a-read', { published: day(0), authors: by('ivan'), tags: ['water'] }),
    opinion('b-newest-other', { published: day(1), authors: by('aigul'), tags: ['schools'] }),
    opinion('c-shared-topic', { published: day(2), authors: by('aigul'), tags: ['water'] }),
    opinion('d-same-author', { published: day(3), authors: by('ivan'), tags: ['schools'] }),
    opinion('e-same-author-and-topic', { published: day(4), authors: by('ivan'), tags: ['water'] }),
    opinion('f-its-translation', {
      published: day(5),
      authors: by('ivan'),
      tags: ['water'],
      lang: 'ru',
      translationOf: { collection: 'opinions', id: 'a-read' },
    }),
    opinion('g-russian-same-author', { published: day(6), authors: by('ivan'), tags: ['water'], lang: 'ru' }),
    opinion('h-draft', { published: day(7), authors: by('ivan'), tags: ['water'], draft: true }),
    opinion('i-scheduled', { published: '2999-01-01T00:00:00+05:00', authors: by('ivan'), tags: ['water'] }),
    opinion('j-oldest', { published: day(9), authors: by('aigul'), tags: ['economy'] }),
  ];
  const data = siteData(entries, authors, topics, now);
  const onwardOf = (site: SiteData, id: string) =>
    ids(site.opinions.find(({ opinion }) => opinion.id === id)!.onward);

  it('picks the same author first, then shared topics, then the newest, in the op-ed’s language', () => {
    expect(onwardOf(data, 'a-read')).toEqual(['e-same-author-and-topic', 'd-same-author', 'c-shared-topic']);
    expect(onwardOf(data, 'j-oldest')).toEqual(['b-newest-other', 'c-shared-topic', 'a-read']);
  });

  it('never lists the op-ed itself, its translation, a draft or a scheduled op-ed', () => {
    for (const { opinion, onward } of data.opinions) {
      const listed = ids(onward);
      expect(listed).not.toContain(opinion.id);
      expect(listed).not.toContain('h-draft');
      expect(listed).not.toContain('i-scheduled');
      expect(listed.length).toBeLessThanOrEqual(3);
    }
    expect(onwardOf(data, 'f-its-translation')).not.toContain('a-read');
  });

  it('fills up with other languages only when its own has too few', () => {
    expect(onwardOf(data, 'g-russian-same-author')).toEqual([
      'f-its-translation',
      'e-same-author-and-topic',
      'd-same-author',
    ]);
  });

  it('renders a page again when a listed op-ed’s headline changes, and not for its body or unlisted op-eds', () => {
    const keyOf = (site: SiteData, id: string) =>
      site.opinions.find(({ opinion }) => opinion.id === id)!.cacheKey;
    const edit = (id: string, fields: Record<string, unknown>, digest: string) =>
      siteData(
        entries.map((entry) =>
          entry.id === id
            ? opinion(
                id,
                { ...entry.data, authors: by(...entry.data.authors.map((a) => a.id)), ...fields },
                digest,
              )
            : entry,
        ),
        authors,
        topics,
        now,
      );
    const retitled = edit('e-same-author-and-topic', { title: 'A new headline' }, 'e-2');
    expect(keyOf(retitled, 'a-read')).not.toBe(keyOf(data, 'a-read'));
    expect(keyOf(retitled, 'j-oldest')).toBe(keyOf(data, 'j-oldest'));
    const bodyEdited = edit('e-same-author-and-topic', {}, 'e-3');
    expect(keyOf(bodyEdited, 'a-read')).toBe(keyOf(data, 'a-read'));
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
    expect(siteData(entries, authors, topics, now).nextScheduled?.id).toBe('soon');
    expect(siteData(entries.slice(0, 1), authors, topics, now).nextScheduled).toBeUndefined();
  });

  it('is announced in the site zone with the offset it will have then', () => {
    // Written at +06:00; Almaty is at +05:00 from 2024, so 09:00+06:00 is 08:00 there.
    const next = siteData(entries, authors, topics, now).nextScheduled;
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
  const build = (at: string) =>
    siteData([corrected, gone], authors, topics, { now: new Date(at), preview: false });

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
    expect(() => siteData([corrected, clash], authors, topics, now)).toThrow(
      /clash: oldAddresses — “corrected” is the address of corrected, which is live/,
    );
    const twice = opinion('twice', { oldAddresses: ['corrected-first-name'] });
    expect(() => siteData([corrected, twice], authors, topics, now)).toThrow(
      /2 op-eds list “corrected-first-name” as an old address/,
    );
  });
});
