import { join } from 'node:path';
import { readAuthorNames, readPublishedOpinionFiles } from './opinion-files';
import { socialImageInputOf } from './opinion-sharing';
import { type SocialImageInput } from './social-image';

/**
 * A build draws social images outside Astro's page rendering:
 * scripts/draw-social-images.ts draws them on the spare core while `astro
 * build` runs, and the social-images integration draws any still missing
 * when the pages are done and writes them into the site. As an Astro route,
 * each image cost milliseconds of Astro's own work on the build's busiest
 * core, even when already drawn (6 s for 1,000 images). Hand-written because
 * Astro renders routes one after another and has no hook to start work early.
 */

/** An op-ed's id and what its social image shows. */
export interface OpinionSocialImage {
  id: string;
  input: SocialImageInput;
}

/**
 * The published op-eds' images, read from the content folder, oldest first.
 * Op-eds naming an unknown author are left out (the build stops on them).
 */
export function publishedSocialImages(contentDir: string): OpinionSocialImage[] {
  const names = readAuthorNames(join(contentDir, 'authors'));
  return readPublishedOpinionFiles(join(contentDir, 'opinions'))
    .reverse()
    .flatMap((opinion) => {
      const authorNames = opinion.data.authors.map((id) => names.get(id));
      if (authorNames.some((name) => name === undefined)) return [];
      return [{ id: opinion.id, input: socialImageInputOf(opinion.data, authorNames as string[]) }];
    });
}
