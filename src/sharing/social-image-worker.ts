import { ensureSocialImage, type SocialImageInput } from './social-image.ts';

/** Draws one social image into the cache on a worker thread; resolves with its file. */
export default async function draw({ input, cacheDir }: { input: SocialImageInput; cacheDir: string }) {
  return (await ensureSocialImage(input, cacheDir)).file;
}
