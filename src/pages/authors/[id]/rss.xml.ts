import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../../config/site';
import { t } from '../../../i18n/ui';
import { rssResponse } from '../../../sharing/feeds';
import { byAuthor, getPublishedOpinions, withAuthors, type Opinion } from '../../../routing/published';
import { authorPageCacheKey, withCacheKey } from '../../../routing/cache-keys';
import { authorPath, authorRssPath } from '../../../routing/urls';

export const getStaticPaths = (async () => {
  if (!site.features.feeds) return [];
  const [authors, opinions] = await Promise.all([getCollection('authors'), getPublishedOpinions()]);
  return Promise.all(
    authors.map(async (author) => {
      const newest = byAuthor(opinions, author.id).slice(0, site.authorFeedSize);
      // An unchanged feed is copied from the last build instead of rendering its op-eds again.
      return withCacheKey(
        {
          params: { id: author.id },
          props: { id: author.id, name: author.data.name, bio: author.data.bio, opinions: newest },
        },
        authorPageCacheKey(author, await withAuthors(newest)),
      );
    }),
  );
}) satisfies GetStaticPaths;

interface Props {
  id: string;
  name: string;
  bio: string;
  opinions: Opinion[];
}

export const GET: APIRoute<Props> = async ({ props }) =>
  rssResponse(
    {
      title: `${t('author.opinions', undefined, { name: props.name })} | ${site.name}`,
      description: props.bio,
      homePath: authorPath(props.id),
      feedPath: authorRssPath(props.id),
      size: site.authorFeedSize,
    },
    props.opinions,
  );
