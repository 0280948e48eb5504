import type { APIRoute } from 'astro';
import { rssResponse, siteChannel } from '../sharing/feeds';
import { getSiteData } from '../routing/published';
import { rssPath } from '../routing/urls';

export const GET: APIRoute = async () => rssResponse(siteChannel(rssPath), (await getSiteData()).opinions);
