import type { APIRoute } from 'astro';
import { getSiteData } from '../routing/published';
import { sitemapEntries, sitemapIndexResponse } from '../sharing/sitemap';

export const GET: APIRoute = async () => sitemapIndexResponse(sitemapEntries(await getSiteData()));
