/**
 * Started by scripts/build.mjs alongside `astro build`: draws the published
 * op-eds' social images into the cache the build reads (see
 * src/lib/social-images-ahead.ts). It stops when sent SIGTERM, after the image
 * in hand. Any failure is left to the build, which draws what is missing.
 */
import { contentDir } from '../src/config/content-dir.ts';
import { site } from '../src/config/site.ts';
import { drawSocialImages, socialImageInputsFromFiles } from '../src/lib/social-images-ahead.ts';

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

if (site.features.socialImages) {
  try {
    const drawn = await drawSocialImages(socialImageInputsFromFiles(contentDir), () => stopping);
    if (drawn > 0) console.log(`Social images drawn alongside the build: ${drawn}.`);
  } catch (error) {
    console.warn(`Social images were not drawn ahead (the build draws them): ${String(error)}`);
  }
}
