import { site } from '../config/site';
import { parseOffsetDateTime, zonedDateTime } from '../content-model/offset-date-time';
import { isPublished, isScheduled, newestFirst, type PublicationOptions } from '../content-model/publication';
import { topicsOf } from '../content-model/topics';
import { alternatesOf, translationGroups, type Alternate } from '../content-model/translations';
import { cacheKeyOf, type Digested } from './cache-keys';
import { paginate, type ListingPage } from './listing';
import type { Author, Opinion } from '../content-model/entries';
import { authorPath, topicPath } from './urls';

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
  /** Reuse key of its page: the op-ed, its authors and which translations exist. */
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
  const published = entries.filter((entry) => isPublished(entry.data, options)).sort(newestFirst);
  const authorById = new Map(authorEntries.map((author) => [author.id, author]));
  const groups = translationGroups(published);
  const opinions = published.map((opinion): PublishedOpinion => {
    const authors = opinion.data.authors.flatMap(({ id }) => authorById.get(id) ?? []);
    const alternates = alternatesOf(opinion, groups);
    return {
      opinion,
      authors,
      alternates,
      cacheKey: cacheKeyOf(
        [opinion, ...authors],
        alternates.map(({ hreflang, id }) => `${hreflang}=${id}`),
      ),
    };
  });

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
  };
}
