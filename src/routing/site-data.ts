import { isPublished, isScheduled, newestFirst, type PublicationOptions } from '../content-model/publication';
import { topicsOf } from '../content-model/topics';
import { alternatesOf, translationGroups, type Alternate } from '../content-model/translations';
import { cacheKeyOf, type Digested } from './cache-keys';
import { paginate, type ListingPage } from './listing';
import type { Author, Opinion, StandardsPageEntry } from '../content-model/entries';
import { locales, site, type Locale } from '../config/site';
import { authorPath, standardsPages, standardsPath, topicPath, type StandardsPage } from './urls';
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

/** A published op-ed with everything its page, listings and feeds show about it. */
export interface PublishedOpinion {
  opinion: Opinion;
  /** In byline order. */
  authors: Author[];
  /** hreflang alternates of its translation group; empty when it has no published translation. */
  alternates: Alternate[];
  /** Reuse key of its page: the op-ed, its authors, which translations exist and its age notice. */
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
  pages: ListingPage<PublishedOpinion>[];
}

export interface TopicListing extends Listing {
  tag: string;
  opinions: PublishedOpinion[];
}

export interface AuthorListing extends Listing {
  author: Author;
  opinions: PublishedOpinion[];
  /** Reuse key of the author's feed: the author and the op-eds it carries. */
  feedCacheKey: string | undefined;
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
  home: Listing;
  /** Most-used first. */
  topics: TopicListing[];
  /** Every author, by name. */
  authors: AuthorListing[];
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

/** What an op-ed shows of each entry: the op-ed and its authors. */
const entriesOf = (item: PublishedOpinion): Digested[] => [item.opinion, ...item.authors];

/**
 * Works out what is published at `options.now` from every op-ed and author
 * entry. A `translationOf` naming no op-ed stops the build: Astro only logs a
 * broken reference.
 */
export function siteData(
  entries: readonly Opinion[],
  authorEntries: readonly Author[],
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
  const groups = translationGroups(published);
  const opinions = published.map((opinion): PublishedOpinion => {
    const authors = opinion.data.authors.flatMap(({ id }) => authorById.get(id) ?? []);
    const alternates = alternatesOf(opinion, groups);
    const { published: date, updated, corrections } = opinion.data;
    const isOld = isOverAYearOld(date, options.now);
    return {
      opinion,
      authors,
      alternates,
      cacheKey: cacheKeyOf(
        [opinion, ...authors],
        [...alternates.map(({ hreflang, id }) => `${hreflang}=${id}`), `old=${isOld}`],
      ),
      modified: newestDateTime([date, ...(updated ? [updated] : []), ...corrections.map((c) => c.date)]),
      isOld,
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

  const topics = topicsOf(opinions, (item) => item.opinion.data.tags).map(
    ({ tag, opinions: tagged }): TopicListing => ({
      tag,
      opinions: tagged,
      basePath: topicPath(tag),
      pages: paginate(tagged, topicPath(tag), entriesOf),
    }),
  );

  const authors = [...authorEntries]
    .sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id))
    .map((author): AuthorListing => {
      const own = opinions.filter((item) => item.authors.some((byline) => byline.id === author.id));
      const basePath = authorPath(author.id);
      return {
        author,
        opinions: own,
        basePath,
        pages: paginate(own, basePath, entriesOf, [author]),
        feedCacheKey: cacheKeyOf([author, ...own.slice(0, site.authorFeedSize).flatMap(entriesOf)]),
      };
    });

  const nextScheduled = entries
    .filter((entry) => isScheduled(entry.data, options))
    .sort(newestFirst)
    .at(-1);

  return {
    opinions,
    home: { basePath: '/', pages: paginate(opinions, '/', entriesOf) },
    topics,
    authors,
    nextScheduled,
    moved,
    withdrawn,
    standards,
    standardsLinks: standardsLinksOf(standards),
  };
}
