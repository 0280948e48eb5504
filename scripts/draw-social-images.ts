/**
 * Started by scripts/build.mjs alongside `astro build`: draws the published
 * op-eds' social images, oldest first, into the cache the build writes them
 * from (see src/lib/published-social-images.ts); the build draws what is
 * still missing from the newest end, so the two never draw the same image.
 * It stops when sent SIGTERM, after the images in hand. Any failure is left
 * to the build.
 */
import { contentDir } from '../src/config/content-dir.ts';
import { site } from '../src/config/site.ts';
import { publishedSocialImages } from '../src/lib/published-social-images.ts';
import { drawSocialImages } from '../src/lib/social-image.ts';

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

if (site.features.socialImages) {
  try {
    const inputs = publishedSocialImages(contentDir).map((image) => image.input);
    const drawn = await drawSocialImages(inputs, () => stopping);
    if (drawn > 0) console.log(`Social images drawn alongside the build: ${drawn}.`);
  } catch (error) {
    console.warn(`Social images were not drawn ahead (the build draws them): ${String(error)}`);
  }
}
