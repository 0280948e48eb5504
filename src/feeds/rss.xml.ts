import type { APIRoute } from 'astro';
import { rssResponse, siteChannel } from '../lib/feeds';
import { getPublishedOpinions } from '../lib/opinions';
import { rssPath } from '../lib/urls';

export const GET: APIRoute = async () => rssResponse(siteChannel(rssPath), await getPublishedOpinions());
