import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKey } from '../../routing/cache-keys';
import { getSiteData } from '../../routing/published';
import { socialImageInput } from '../../sharing/opinion-sharing';
import { SOCIAL_IMAGE, socialImageKey, type SocialImageInput } from '../../sharing/social-image';
import { socialImageFile } from '../../sharing/social-images';

/** Each op-ed's 1200×630 preview image, reused while what it shows is unchanged. */
export const getStaticPaths = (async () => {
  const { opinions } = await getSiteData();
  return opinions.map(({ opinion, authors }) => {
    const input = socialImageInput(opinion, authors);
    return withCacheKey({ params: { slug: opinion.id }, props: { input } }, socialImageKey(input));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: SocialImageInput }> = async ({ props }) => {
  const png = await readFile(await socialImageFile(props.input));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE.type } });
};
