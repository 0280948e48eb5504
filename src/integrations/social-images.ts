import { constants, copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config/content-dir.ts';
import { site } from '../config/site.ts';
import { publishedSocialImages } from '../lib/published-social-images.ts';
import { drawSocialImages, ensureSocialImage } from '../lib/social-image.ts';
import { socialImagePath } from '../lib/urls.ts';

/**
 * A hard link where the file system allows it: a rebuild then writes no
 * image bytes (54 MB at 1,000 op-eds). Safe because the cache never rewrites
 * a file in place: a new image is written beside it and renamed over it.
 */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    // Another device, or a file system without hard links.
    copyFileSync(source, target, constants.COPYFILE_FICLONE);
  }
}

/**
 * Writes each published op-ed's social image into the built site once the
 * pages are done (see src/lib/published-social-images.ts for why not as a
 * route). Images drawn alongside the build, or in an earlier build, come
 * from the cache; the rest are drawn now, newest first, two at a time.
 * `npm run dev` serves them from src/pages/og/[slug].png.ts instead.
 */
export function socialImages(): AstroIntegration {
  return {
    name: 'opinion-site:social-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!site.features.socialImages) return;
        const outDir = fileURLToPath(dir);
        const images = publishedSocialImages(contentDir).reverse();
        const drawn = await drawSocialImages(images.map((image) => image.input));
        for (const { id, input } of images) {
          const target = join(outDir, socialImagePath(id));
          mkdirSync(dirname(target), { recursive: true });
          linkOrCopy((await ensureSocialImage(input)).file, target);
        }
        logger.info(`${images.length} social images written, ${drawn} of them drawn now`);
      },
    },
  };
}
