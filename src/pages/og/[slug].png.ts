import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { getOpinionAuthors, getPublishedOpinions } from '../../routing/published';
import { socialImageInput } from '../../sharing/opinion-sharing';
import { getSocialImage, SOCIAL_IMAGE, type SocialImageInput } from '../../sharing/social-image';

/**
 * Social images in `npm run dev`, drawn on request. A build writes them with
 * the social-images integration instead (src/integrations/social-images.ts).
 */
export const getStaticPaths = (async () => {
  if (!site.features.socialImages || !import.meta.env.DEV) return [];
  const opinions = await getPublishedOpinions();
  return Promise.all(
    opinions.map(async (opinion) => ({
      params: { slug: opinion.id },
      props: { input: socialImageInput(opinion, await getOpinionAuthors(opinion)) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: SocialImageInput }> = async ({ props }) => {
  const { png } = await getSocialImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE.type } });
};
