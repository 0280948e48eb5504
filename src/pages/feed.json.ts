import type { APIRoute } from 'astro';
import { jsonFeedResponse, siteChannel } from '../sharing/feeds';
import { getSiteData } from '../routing/published';
import { jsonFeedPath } from '../routing/urls';

export const GET: APIRoute = async () =>
  jsonFeedResponse(siteChannel(jsonFeedPath), (await getSiteData()).opinions);
