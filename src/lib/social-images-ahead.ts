import { join } from 'node:path';
import { readAuthorNames, readPublishedOpinionFiles } from './opinion-files';
import { socialImageInputOf } from './opinion-sharing';
import { getSocialImage, type SocialImageInput } from './social-image';

/**
 * Social images can be drawn before Astro asks for them. A build spends
 * most of its time on one core (compiling MDX, rendering pages), so
 * scripts/build.mjs draws the images on the other core meanwhile, into the
 * cache the image route reads. Hand-written because Astro renders routes
 * one after another and offers no hook to start work early.
 */

/**
 * The images of the published op-eds, oldest first: the build's image route
 * starts from the newest, so if it catches up, the two draw from opposite
 * ends and never the same image. Op-eds naming an unknown author are left
 * out (the build stops on them).
 */
export function socialImageInputsFromFiles(contentDir: string): SocialImageInput[] {
  const names = readAuthorNames(join(contentDir, 'authors'));
  return readPublishedOpinionFiles(join(contentDir, 'opinions'))
    .reverse()
    .flatMap((opinion) => {
      const authorNames = opinion.data.authors.map((id) => names.get(id));
      if (authorNames.some((name) => name === undefined)) return [];
      return [socialImageInputOf(opinion.data, authorNames as string[])];
    });
}

/** Draws each image not yet cached, one at a time, until done or `stopped()`; returns how many it drew. */
export async function drawSocialImages(
  inputs: readonly SocialImageInput[],
  stopped: () => boolean,
  cacheDir?: string,
): Promise<number> {
  let drawn = 0;
  for (const input of inputs) {
    if (stopped()) break;
    if ((await getSocialImage(input, cacheDir)).generated) drawn += 1;
  }
  return drawn;
}
