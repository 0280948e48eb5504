import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { t } from '../../../i18n/ui';
import { localizedText } from '../../../content-model/author-text';
import { rssResponse } from '../../../sharing/feeds';
import { withCacheKey } from '../../../routing/cache-keys';
import { getSiteData, sectionOf, type AuthorListing } from '../../../routing/published';
import { authorPath, authorRssPath } from '../../../routing/urls';

export const getStaticPaths = (async () => {
  const { authors } = sectionOf(await getSiteData());
  return authors.map((listing) =>
    withCacheKey({ params: { id: listing.author.id }, props: { listing } }, listing.feedCacheKey),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: AuthorListing }> = async ({ props: { listing } }) =>
  rssResponse(
    {
      title: `${t('author.opinions', undefined, { name: listing.author.data.name })} | ${site.name}`,
      lang: site.defaultLocale,
      description: localizedText(listing.author.data.bio, site.defaultLocale),
      homePath: authorPath(listing.author.id),
      feedPath: authorRssPath(listing.author.id),
      size: site.authorFeedSize,
    },
    listing.opinions,
  );
