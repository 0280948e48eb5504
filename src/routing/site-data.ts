import { createHash } from 'node:crypto';
import { locales, site, type Locale } from '../config/site';
import { isPublished, isScheduled, newestFirst, type PublicationOptions } from '../content-model/publication';
import { topicsOf } from '../content-model/topics';
import { alternatesOf, groupOf, translationGroups, type Alternate } from '../content-model/translations';
import { cacheKeyOf, type Digested } from './cache-keys';
import { paginate, type ListingPage } from './listing';
import { onwardReading } from './onward-reading';
import type { Author, Opinion, StandardsPageEntry, TopicEntry } from '../content-model/entries';
import {
  authorPath,
  frontPath,
  listingPath,
  opinionPath,
  standardsPages,
  standardsPath,
  topicPath,
  type StandardsPage,
} from './urls';
import { addressProblems } from '../content-model/addresses';
import { newestDateTime, parseOffsetDateTime, zonedDateTime } from '../content-model/offset-date-time';
import { formatProblem } from '../markdown/report';
import { misplacedStandardsPage, standardsPageOf } from '../content-model/standards-pages';

/** What `npm run build` tells the editors about the schedule, in the site's zone with its offset then. */
export function scheduleNotice(next: Opinion | undefined): string {
  if (!next) return 'Schedule: no op-ed is waiting for its publication time.';
  const when = zonedDateTime(parseOffsetDateTime(next.data.published)!.instant, site.timeZone);
  const [date, time, offset] = [when.slice(0, 10), when.slice(11, 16), when.slice(19)];
  return `Schedule: the next op-ed, “${next.data.title}” (${next.filePath ?? next.id}), goes live on ${date} at ${time} ${site.timeZone} time (UTC${offset}), with the first build after then.`;
}

/** A link in the header's language switch: the same page in another language, else its front page. */
export interface LanguageLink {
  lang: Locale;
  path: string;
}

/** A published op-ed with everything its page, listings and feeds show about it. */
export interface PublishedOpinion {
  opinion: Opinion;
  /** In byline order. */
  authors: Author[];
  /** Its topics, in the order of its tags. */
  topics: TopicEntry[];
  /** hreflang alternates of its translation group; empty when it has no published translation. */
  alternates: Alternate[];
  /** Up to three other op-eds to read next (onward-reading.ts). */
  onward: PublishedOpinion[];
  /** The header's language switch. */
  languageLinks: LanguageLink[];
  /** Reuse key of its page: the op-ed, its authors, topics, translations, age notice and what it shows of the onward op-eds. */
  cacheKey: string | undefined;
  /** The newest of `published`, `updated` and its corrections' dates, as written: what JSON-LD and feeds call modified. */
  modified: string;
  /** Published more than a year before the build: the page says how old it is. */
  isOld: boolean;
}

/** An address an op-ed had before its file was renamed: a 301 to where it is now. */
export interface MovedAddress {
  /** The old slug, /opinion/<from>/. */
  from: string;
  /** The op-ed it now belongs to. */
  to: PublishedOpinion;
}

/** An op-ed taken down on purpose: its address and old addresses answer 410 Gone with a notice. */
export interface WithdrawnOpinion {
  opinion: Opinion;
  /** Its current slug first, then its old ones. */
  slugs: string[];
  /** Reuse key of its notice pages. */
  cacheKey: string | undefined;
}

/** A listing's pages, from its root path. */
export interface Listing {
  basePath: string;
  pages: SiteListingPage[];
}

/** A listing page with the header's language switch it shows. */
export interface SiteListingPage extends ListingPage<PublishedOpinion> {
  languageLinks: LanguageLink[];
}

export interface TopicListing extends Listing {
  tag: string;
  topic: TopicEntry;
  /** Every op-ed on the topic, in the page's language first, newest first within each. */
  opinions: PublishedOpinion[];
}

export interface AuthorListing extends Listing {
  author: Author;
  /** Every op-ed by the author, newest first (the author's feed). */
  opinions: PublishedOpinion[];
  /** Reuse key of the author's feed: the author and the op-eds it carries. */
  feedCacheKey: string | undefined;
}

/** Everything published in one language: its front page, topic and author pages. */
export interface LanguageSection {
  lang: Locale;
  /** Op-eds in this language, newest first: the front page and its feeds. */
  opinions: PublishedOpinion[];
  home: Listing;
  /** Most-used first. */
  topics: TopicListing[];
  /** Every author, by name. */
  authors: AuthorListing[];
}

/** One outlet page in one language. */
export interface PublishedStandardsPage {
  entry: StandardsPageEntry;
  page: StandardsPage;
  lang: Locale;
  path: string;
}

/** A link to an outlet page for a reader of one language: theirs, else the default language's. */
export interface StandardsLink {
  page: StandardsPage;
  path: string;
  title: string;
  /** The language of the page linked to, which may differ from the reader's. */
  lang: Locale;
}

/** What the site publishes in one build; every page, feed, image and the sitemap read this. */
export interface SiteData {
  /** Newest first. */
  opinions: PublishedOpinion[];
  /**
   * One per language with a front page: the default language always, every
   * other once it has a published op-ed (until then nothing links to it).
   */
  sections: LanguageSection[];
  /** The scheduled op-ed that goes live first, if any; the build tells the editors when. */
  nextScheduled: Opinion | undefined;
  /** Old addresses of published op-eds, by old slug. */
  moved: MovedAddress[];
  /** Withdrawn op-eds, by slug. */
  withdrawn: WithdrawnOpinion[];
  /** The outlet's pages, every language. */
  standards: PublishedStandardsPage[];
  /** Per reader's language, the outlet pages to link to (footer, disclaimer, JSON-LD), in standardsPages order. */
  standardsLinks: Record<Locale, StandardsLink[]>;
}

/** Reads content/pages/<lang>/<page>.mdx; a file elsewhere or of another name stops the build. */
function standardsOf(entries: readonly StandardsPageEntry[]): PublishedStandardsPage[] {
  return entries
    .map((entry) => {
      const found = standardsPageOf(entry.id);
      if (!found) {
        const { field, problem, fix } = misplacedStandardsPage;
        throw new Error(formatProblem(entry.filePath ?? entry.id, undefined, field, problem, fix));
      }
      return { entry, ...found, path: standardsPath(found.page, found.lang) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

function standardsLinksOf(pages: readonly PublishedStandardsPage[]): Record<Locale, StandardsLink[]> {
  const find = (page: StandardsPage, lang: Locale) =>
    pages.find((found) => found.page === page && found.lang === lang);
  return Object.fromEntries(
    locales.map((lang) => [
      lang,
      standardsPages.flatMap((page) => {
        const found = find(page, lang) ?? find(page, site.defaultLocale);
        return found ? [{ page, path: found.path, title: found.entry.data.title, lang: found.lang }] : [];
      }),
    ]),
  ) as Record<Locale, StandardsLink[]>;
}

/** Whether `published` is more than a calendar year before `now`. */
function isOverAYearOld(published: string, now: Date): boolean {
  const instant = parseOffsetDateTime(published)?.instant;
  if (!instant) return false;
  const aYearLater = new Date(instant);
  aYearLater.setUTCFullYear(aYearLater.getUTCFullYear() + 1);
  return aYearLater.getTime() < now.getTime();
}

/** Two op-eds claiming one address, or an old address that is live, stop the build. */
function refuseAddressConflicts(entries: readonly Opinion[]): void {
  const problems = addressProblems(
    entries.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      oldAddresses: entry.data.oldAddresses,
    })),
  );
  if (problems.length > 0) {
    throw new Error(
      problems
        .map(({ file, field, problem, fix }) => formatProblem(file, undefined, field, problem, fix))
        .join('\n'),
    );
  }
}

/**
 * What a listing entry shows of an op-ed (headline, standfirst, authors'
 * names, date, language) as a cache-key entry, so a page that lists an
 * op-ed is rendered again when one of those changes, and not for an edit to
 * its body.
 */
function shownInListings(item: Pick<PublishedOpinion, 'opinion' | 'authors'>): Digested {
  const { title, description, published, lang } = item.opinion.data;
  return shownOf(item.opinion.id, [
    title,
    description,
    published,
    lang,
    ...item.authors.map((a) => a.data.name),
  ]);
}

/** A cache-key entry for what a page shows of an entry, rather than the whole entry. */
function shownOf(id: string, shown: readonly string[]): Digested {
  return { id, digest: createHash('sha256').update(JSON.stringify(shown)).digest('base64url') };
}

/** Cache-key facts for a language switch. */
const switchFacts = (links: readonly LanguageLink[]) =>
  links.map(({ lang, path }) => `switch:${lang}=${path}`);

/**
 * The header's language switch on a page in `lang`: for each other language
 * with a front page, `pathIn(other)` when that page exists, else the front page.
 */
export function languageLinks(
  data: { sections: readonly Pick<LanguageSection, 'lang'>[] },
  lang: Locale,
  pathIn: (other: Locale) => string | undefined = () => undefined,
): LanguageLink[] {
  return data.sections
    .filter((section) => section.lang !== lang)
    .map((section) => ({ lang: section.lang, path: pathIn(section.lang) ?? frontPath(section.lang) }));
}

/** The section of `lang`; the default language always has one. */
export function sectionOf(
  data: Pick<SiteData, 'sections'>,
  lang: Locale = site.defaultLocale,
): LanguageSection {
  const found = data.sections.find((section) => section.lang === lang);
  if (!found) throw new Error(`No op-eds are published in “${lang}”, so it has no pages`);
  return found;
}

/**
 * Whether a topic's or an author's page exists in `lang`: always in the
 * default language (their addresses predate the other languages), in another
 * once one of `items` is in it.
 */
const hasPageIn = (lang: Locale, items: readonly PublishedOpinion[]) =>
  lang === site.defaultLocale || items.some((item) => item.opinion.data.lang === lang);

/** The op-eds of `items` in `lang` first, then the others, each part keeping its order. */
const ownLanguageFirst = (items: readonly PublishedOpinion[], lang: Locale) => [
  ...items.filter((item) => item.opinion.data.lang === lang),
  ...items.filter((item) => item.opinion.data.lang !== lang),
];

/**
 * Works out what is published at `options.now` from every op-ed, author and
 * topic entry. A `translationOf` naming no op-ed stops the build: Astro only
 * logs a broken reference.
 */
export function siteData(
  entries: readonly Opinion[],
  authorEntries: readonly Author[],
  topicEntries: readonly TopicEntry[],
  options: PublicationOptions,
  pageEntries: readonly StandardsPageEntry[] = [],
): SiteData {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    const target = entry.data.translationOf;
    if (target && !ids.has(target.id)) {
      throw new Error(
        `${entry.filePath ?? entry.id}: translationOf: “${target.id}” is not an op-ed. Write the file name, without .mdx, of an op-ed in the opinions folder, e.g. translationOf: kazakhstan-after-the-2019-election`,
      );
    }
  }
  refuseAddressConflicts(entries);
  const standards = standardsOf(pageEntries);
  const live = entries.filter((entry) => isPublished(entry.data, options)).sort(newestFirst);
  const published = live.filter((entry) => !entry.data.withdrawn);
  const authorById = new Map(authorEntries.map((author) => [author.id, author]));
  const topicByTag = new Map(topicEntries.map((topic) => [topic.id, topic]));
  const groups = translationGroups(published);
  const languages = site.locales.filter(
    (lang) => lang === site.defaultLocale || published.some((entry) => entry.data.lang === lang),
  );
  const frontPages = { sections: languages.map((lang) => ({ lang })) };

  const opinions = published.map((opinion): PublishedOpinion => {
    const authors = opinion.data.authors.flatMap(({ id }) => authorById.get(id) ?? []);
    const topics = [...new Set(opinion.data.tags)].map((tag) => {
      const topic = topicByTag.get(tag);
      // The loader and `npm run check` name the file and the fix first; this is the last guard.
      if (!topic) throw new Error(`${opinion.filePath ?? opinion.id}: tags: there is no topic “${tag}”`);
      return topic;
    });
    const alternates = alternatesOf(opinion, groups);
    const translationIn = (lang: Locale) => alternates.find((alternate) => alternate.hreflang === lang)?.id;
    const links = languageLinks(frontPages, opinion.data.lang, (lang) => {
      const id = translationIn(lang);
      return id && opinionPath(id);
    });
    const { published: date, updated, corrections } = opinion.data;
    return {
      opinion,
      authors,
      topics,
      alternates,
      onward: [],
      languageLinks: links,
      cacheKey: undefined,
      modified: newestDateTime([date, ...(updated ? [updated] : []), ...corrections.map((c) => c.date)]),
      isOld: isOverAYearOld(date, options.now),
    };
  });
  const moved = opinions
    .flatMap((to) => to.opinion.data.oldAddresses.map((from): MovedAddress => ({ from, to })))
    .sort((a, b) => a.from.localeCompare(b.from));
  const withdrawn = live
    .filter((entry) => entry.data.withdrawn)
    .map((opinion): WithdrawnOpinion => ({
      opinion,
      slugs: [opinion.id, ...new Set(opinion.data.oldAddresses)],
      cacheKey: cacheKeyOf([opinion]),
    }))
    .sort((a, b) => a.opinion.id.localeCompare(b.opinion.id));

  const onward = onwardReading(
    opinions.map((item) => ({
      item,
      id: item.opinion.id,
      lang: item.opinion.data.lang,
      authorIds: item.authors.map((author) => author.id),
      tags: item.opinion.data.tags,
      groupId: groupOf(item.opinion, groups).originalId,
    })),
  );
  for (const [{ item }, next] of onward) {
    item.onward = next.map((other) => other.item);
    item.cacheKey = cacheKeyOf(
      [
        item.opinion,
        ...item.authors,
        // The page shows a topic's name in its language; an edited introduction changes nothing here.
        ...item.topics.map((topic) => shownOf(topic.id, [topic.data.name[item.opinion.data.lang]])),
        ...item.onward.map(shownInListings),
      ],
      [
        ...item.alternates.map(({ hreflang, id }) => `${hreflang}=${id}`),
        `old=${item.isOld}`,
        ...switchFacts(item.languageLinks),
      ],
    );
  }

  const used = topicsOf(opinions, (item) => item.opinion.data.tags);
  const authorsByName = [...authorEntries].sort(
    (a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id),
  );
  const byAuthor = new Map(
    authorsByName.map((author) => [
      author.id,
      opinions.filter((item) => item.authors.some((byline) => byline.id === author.id)),
    ]),
  );

  const sections = languages.map((lang): LanguageSection => {
    const own = opinions.filter((item) => item.opinion.data.lang === lang);
    const homeListing = listing(frontPath(lang), own, [], (other, page) => {
      const otherCount = opinions.filter((item) => item.opinion.data.lang === other).length;
      return page <= Math.ceil(otherCount / site.pageSize) ? listingPath(frontPath(other), page) : undefined;
    });
    const topics = used
      .filter(({ opinions: tagged }) => hasPageIn(lang, tagged))
      .map(({ tag, opinions: tagged }): TopicListing => {
        const topic = topicByTag.get(tag)!;
        const ordered = ownLanguageFirst(tagged, lang);
        return {
          tag,
          topic,
          opinions: ordered,
          ...listing(topicPath(tag, lang), ordered, [topic], (other, page) =>
            hasPageIn(other, tagged) ? listingPath(topicPath(tag, other), page) : undefined,
          ),
        };
      });
    const authors = authorsByName
      .filter((author) => hasPageIn(lang, byAuthor.get(author.id)!))
      .map((author): AuthorListing => {
        const all = byAuthor.get(author.id)!;
        return {
          author,
          opinions: all,
          ...listing(authorPath(author.id, lang), ownLanguageFirst(all, lang), [author], (other, page) =>
            hasPageIn(other, all) ? listingPath(authorPath(author.id, other), page) : undefined,
          ),
          feedCacheKey: cacheKeyOf([author, ...all.slice(0, site.authorFeedSize).flatMap(entriesOf)]),
        };
      });
    return { lang, opinions: own, home: homeListing, topics, authors };

    /** A paginated listing in `lang`; `pageIn` is the same page in another language, if it has one. */
    function listing(
      basePath: string,
      items: readonly PublishedOpinion[],
      owners: readonly Digested[],
      pageIn: (other: Locale, page: number) => string | undefined,
    ): Listing {
      const pages = paginate(items, basePath, (item) => [shownInListings(item)], owners).map(
        (page): SiteListingPage => {
          const links = languageLinks(frontPages, lang, (other) => pageIn(other, page.current));
          return {
            ...page,
            languageLinks: links,
            cacheKey:
              page.cacheKey === undefined ? undefined : [page.cacheKey, ...switchFacts(links)].join('|'),
          };
        },
      );
      return { basePath, pages };
    }
  });

  const nextScheduled = entries
    .filter((entry) => isScheduled(entry.data, options))
    .sort(newestFirst)
    .at(-1);

  return {
    opinions,
    sections,
    nextScheduled,
    moved,
    withdrawn,
    standards,
    standardsLinks: standardsLinksOf(standards),
  };
}

/** What a feed item shows of each entry: the op-ed (its whole text) and its authors. */
const entriesOf = (item: PublishedOpinion): Digested[] => [item.opinion, ...item.authors];
