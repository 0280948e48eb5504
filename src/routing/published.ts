import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime, isPublished, newestFirst } from '../content-model/publication';
import { translationGroups, type TranslationGroup } from '../content-model/translations';

export type Opinion = CollectionEntry<'opinions'>;
export type Author = CollectionEntry<'authors'>;

/**
 * The only query for op-eds: published ones, newest first. In `npm run dev`
 * drafts and scheduled op-eds are included so editors can preview them.
 * The build time can be pinned with BUILD_TIME (ISO) to preview a schedule.
 */
export async function getPublishedOpinions(): Promise<Opinion[]> {
  const now = buildTime();
  const preview = import.meta.env.DEV;
  const entries = await getCollection('opinions', (entry) => isPublished(entry.data, { now, preview }));
  return entries.sort(newestFirst);
}

/** The authors of an op-ed, in byline order. */
export async function getOpinionAuthors(opinion: Opinion): Promise<Author[]> {
  return getEntries(opinion.data.authors);
}

/** Op-eds with the authors their bylines name, in the same order: what a listing shows. */
export async function withAuthors(
  opinions: readonly Opinion[],
): Promise<Array<{ opinion: Opinion; authors: Author[] }>> {
  return Promise.all(
    opinions.map(async (opinion) => ({ opinion, authors: await getOpinionAuthors(opinion) })),
  );
}

/** Each op-ed's authors, by op-ed id: for routes that list many op-eds. */
export async function authorsByOpinion(opinions: readonly Opinion[]): Promise<Map<string, Author[]>> {
  return new Map((await withAuthors(opinions)).map(({ opinion, authors }) => [opinion.id, authors]));
}

/** Published op-eds that list `authorId` among their authors. */
export function byAuthor(opinions: readonly Opinion[], authorId: string): Opinion[] {
  return opinions.filter((opinion) => opinion.data.authors.some((author) => author.id === authorId));
}

/**
 * Translation groups of the published op-eds. A `translationOf` naming no
 * op-ed stops the build: Astro only logs a broken reference.
 */
export async function getTranslationGroups(
  opinions: readonly Opinion[],
): Promise<Map<string, TranslationGroup<Opinion>>> {
  for (const opinion of opinions) {
    const target = opinion.data.translationOf;
    if (target && !(await getEntry(target))) {
      throw new Error(
        `${opinion.filePath ?? opinion.id}: translationOf: “${target.id}” is not an op-ed. Write the file name, without .mdx, of an op-ed in the opinions folder, e.g. translationOf: kazakhstan-after-the-2019-election`,
      );
    }
  }
  return translationGroups(opinions);
}
