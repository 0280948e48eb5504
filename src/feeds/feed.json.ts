import type { APIRoute } from 'astro';
import { jsonFeedResponse, siteChannel } from '../lib/feeds';
import { getPublishedOpinions } from '../lib/opinions';
import { jsonFeedPath } from '../lib/urls';

export const GET: APIRoute = async () =>
  jsonFeedResponse(siteChannel(jsonFeedPath), await getPublishedOpinions());
