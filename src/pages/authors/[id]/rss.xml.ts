import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../../config/site';
import { t } from '../../../i18n/ui';
import { rssResponse } from '../../../lib/feeds';
import { byAuthor, getPublishedOpinions, type Opinion } from '../../../lib/opinions';
import { authorPath, authorRssPath } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  if (!site.features.feeds) return [];
  const [authors, opinions] = await Promise.all([getCollection('authors'), getPublishedOpinions()]);
  return authors.map((author) => ({
    params: { id: author.id },
    props: {
      id: author.id,
      name: author.data.name,
      bio: author.data.bio,
      opinions: byAuthor(opinions, author.id),
    },
  }));
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
    },
    props.opinions,
  );
