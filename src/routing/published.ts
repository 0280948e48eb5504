import { getCollection } from 'astro:content';
import { buildSettings } from '../config/env';
import { buildTime } from '../content-model/publication';
import { scheduleNotice, siteData, type SiteData } from './site-data';

export type { Author, Opinion } from '../content-model/entries';
export type {
  AuthorListing,
  Listing,
  PublishedOpinion,
  PublishedStandardsPage,
  SiteData,
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
  const [opinions, authors, pages] = await Promise.all([
    getCollection('opinions'),
    getCollection('authors'),
    getCollection('pages'),
  ]);
  const data = siteData(opinions, authors, { now: buildTime(), preview }, pages);
  const pinned = buildSettings().buildTime;
  // A BUILD_TIME before every op-ed is a valid date but would publish an empty site.
  if (pinned && data.opinions.length === 0 && opinions.some((opinion) => !opinion.data.draft)) {
    throw new Error(
      `BUILD_TIME is ${pinned.toISOString()}, before every op-ed’s published date, so the site would be empty and nothing was published. Unset BUILD_TIME to build the site as of now, or set a later moment, such as 2030-01-01T09:00:00+05:00.`,
    );
  }
  return data;
}
