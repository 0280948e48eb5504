import { getCollection } from 'astro:content';
import { buildTime } from '../content-model/publication';
import { siteData, type SiteData } from './site-data';

export { languageLinks, sectionOf } from './site-data';

export type { Author, Opinion, TopicEntry } from '../content-model/entries';
export type {
  AuthorListing,
  LanguageLink,
  LanguageSection,
  Listing,
  PublishedOpinion,
  SiteData,
  SiteListingPage,
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
  return (computed ??= load(false));
}

async function load(preview: boolean): Promise<SiteData> {
  const [opinions, authors, topics] = await Promise.all([
    getCollection('opinions'),
    getCollection('authors'),
    getCollection('topics'),
  ]);
  return siteData(opinions, authors, topics, { now: buildTime(), preview });
}
