import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { getOpinionAuthors, getPublishedOpinions } from '../../lib/opinions';
import { socialImageInput } from '../../lib/opinion-sharing';
import { getSocialImage, SOCIAL_IMAGE, socialImageKey, type SocialImageInput } from '../../lib/social-image';

export const getStaticPaths = (async () => {
  if (!site.features.socialImages) return [];
  const opinions = await getPublishedOpinions();
  return Promise.all(
    opinions.map(async (opinion) => {
      const input = socialImageInput(opinion, await getOpinionAuthors(opinion));
      // The key covers every drawn input, so an unchanged image is copied from the last build.
      return { params: { slug: opinion.id }, props: { input }, cacheKey: socialImageKey(input) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: SocialImageInput }> = async ({ props }) => {
  const { png } = await getSocialImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE.type } });
};
