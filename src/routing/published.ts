import { getCollection } from 'astro:content';
import { buildTime } from '../content-model/publication';
import { scheduleNotice, siteData, type SiteData } from './site-data';

export type { Author, Opinion } from '../content-model/entries';
export type { AuthorListing, Listing, PublishedOpinion, SiteData, TopicListing } from './site-data';

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
  const [opinions, authors] = await Promise.all([getCollection('opinions'), getCollection('authors')]);
  return siteData(opinions, authors, { now: buildTime(), preview });
}
