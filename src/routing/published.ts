import { getCollection } from 'astro:content';
import { buildSettings } from '../config/env';
import { buildTime } from '../content-model/publication';
import type { Locale } from '../config/site';
import { withCacheKey } from './cache-keys';
import { pageParam } from './listing';
import {
  scheduleNotice,
  siteData,
  type LanguageSection,
  type Listing,
  type SiteData,
  type SiteListingPage,
} from './site-data';
import { langParam } from './urls';

export { languageLinks, sectionOf } from './site-data';

export type { Author, Opinion, TopicEntry } from '../content-model/entries';
export type {
  AuthorListing,
  LanguageLink,
  LanguageSection,
  Listing,
  PublishedOpinion,
  PublishedStandardsPage,
  SiteData,
  SiteListingPage,
  StandardsLink,
  TopicListing,
} from './site-data';

let computed: Promise<SiteData> | undefined;

/**
 * What this build publishes, worked out once from Astro's content layer
 * and shared by every route. `npm run dev` includes drafts and scheduled
 * op-eds so editors can preview them, and works it out per request, since
 * content changes while it runs.
 */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return load(true);
  return (computed ??= load(false).then((data) => {
    // Once per build: when the next scheduled op-ed will appear.
    console.log(scheduleNotice(data.nextScheduled));
    return data;
  }));
}

async function load(preview: boolean): Promise<SiteData> {
  const [opinions, authors, topics, pages] = await Promise.all([
    getCollection('opinions'),
    getCollection('authors'),
    getCollection('topics'),
    getCollection('pages'),
  ]);
  const data = siteData(opinions, authors, topics, { now: buildTime(), preview }, pages);
  const pinned = buildSettings().buildTime;
  // A BUILD_TIME before every op-ed is a valid date but would publish an empty site.
  if (pinned && data.opinions.length === 0 && opinions.some((opinion) => !opinion.data.draft)) {
    throw new Error(
      `BUILD_TIME is ${pinned.toISOString()}, before every op-ed’s published date, so the site would be empty and nothing was published. Unset BUILD_TIME to build the site as of now, or set a later moment, such as 2030-01-01T09:00:00+05:00.`,
    );
  }
  return data;
}

/** A `[...lang]` route's paths: one per language with a front page, with its section. */
export async function sectionPaths(): Promise<
  { params: { lang: string | undefined }; props: { section: LanguageSection } }[]
> {
  const { sections } = await getSiteData();
  return sections.map((section) => ({ params: { lang: langParam(section.lang) }, props: { section } }));
}

/**
 * A paginated `[...lang]/…/[...page]` route's paths: every page of every
 * listing `listingsOf` picks from each language's section, with its cacheKey;
 * `paramsOf` gives the listing's own route params.
 */
export async function listingPaths<L extends Listing, Params extends Record<string, string>>(
  listingsOf: (section: LanguageSection) => L[],
  paramsOf: (listing: L) => Params,
) {
  const { sections } = await getSiteData();
  return sections.flatMap((section) =>
    listingsOf(section).flatMap((listing) =>
      listing.pages.map((page) =>
        withCacheKey(
          {
            params: { lang: langParam(section.lang), ...paramsOf(listing), page: pageParam(page) },
            props: { lang: section.lang, listing, page } satisfies ListingPageProps<L>,
          },
          page.cacheKey,
        ),
      ),
    ),
  );
}

/** What a page of a paginated listing route renders from (a type, so it is a route's props record). */
export type ListingPageProps<L extends Listing> = {
  lang: Locale;
  listing: L;
  page: SiteListingPage;
};
