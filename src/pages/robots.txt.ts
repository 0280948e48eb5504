import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexPath } from '../routing/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapIndexPath)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
