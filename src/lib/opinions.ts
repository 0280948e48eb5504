import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { isPublished, newestFirst } from './publication';

export type Opinion = CollectionEntry<'opinions'>;
export type Author = CollectionEntry<'authors'>;

/**
 * The only query for op-eds: published ones, newest first. In `npm run dev`
 * drafts and scheduled op-eds are included so editors can preview them.
 * The build time can be pinned with BUILD_TIME (ISO) to preview a schedule.
 */
export async function getPublishedOpinions(): Promise<Opinion[]> {
  const now = process.env.BUILD_TIME ? new Date(process.env.BUILD_TIME) : new Date();
  const preview = import.meta.env.DEV;
  const entries = await getCollection('opinions', (entry) => isPublished(entry.data, { now, preview }));
  return entries.sort(newestFirst);
}

/** The authors of an op-ed, in byline order. */
export async function getOpinionAuthors(opinion: Opinion): Promise<Author[]> {
  return getEntries(opinion.data.authors);
}

/** Published op-eds that list `authorId` among their authors. */
export function byAuthor(opinions: readonly Opinion[], authorId: string): Opinion[] {
  return opinions.filter((opinion) => opinion.data.authors.some((author) => author.id === authorId));
}
