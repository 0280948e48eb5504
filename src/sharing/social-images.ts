import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import Tinypool from 'tinypool';
import type { PublishedOpinion } from '../routing/published';
import { socialImageInput } from './opinion-sharing';
import { socialImageCacheDir, socialImageKey, type SocialImageInput } from './social-image';

let pool: Tinypool | undefined;
/** Each image's cached file by its key, drawn at most once per build. */
const files = new Map<string, Promise<string>>();

/**
 * Satori lays text out on the thread that calls it, so images are drawn on
 * worker threads and Astro's own thread goes on rendering pages meanwhile.
 * Workers end when idle, so the build's process can exit.
 */
function drawingPool(): Tinypool {
  return (pool ??= new Tinypool({
    filename: fileURLToPath(new URL('src/sharing/social-image-worker.ts', root)),
    minThreads: 0,
    maxThreads: availableParallelism(),
    idleTimeout: 500,
  }));
}

/** The cached PNG file of an image, drawn on a worker if it is not cached yet. */
export function socialImageFile(input: SocialImageInput): Promise<string> {
  const key = socialImageKey(input);
  let file = files.get(key);
  if (!file) {
    const cacheDir = socialImageCacheDir();
    const cached = join(cacheDir, `${key}.png`);
    file = existsSync(cached) ? Promise.resolve(cached) : drawingPool().run({ input, cacheDir });
    files.set(key, file);
  }
  return file;
}

/**
 * Starts drawing every op-ed's image while the op-ed pages render, so the
 * image route later finds them drawn. Failures surface where an image is awaited.
 */
export function drawSocialImagesAhead(opinions: readonly PublishedOpinion[]): void {
  for (const { opinion, authors } of opinions)
    socialImageFile(socialImageInput(opinion, authors)).catch(() => {});
}
