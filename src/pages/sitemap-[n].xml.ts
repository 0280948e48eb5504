import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../routing/published';
import { sitemapEntries, sitemapPaths, sitemapResponse } from '../sharing/sitemap';

export const getStaticPaths = (async () => {
  const entries = sitemapEntries(await getSiteData());
  return sitemapPaths(entries).map((_, n) => ({ params: { n: String(n) }, props: { entries, n } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: ReturnType<typeof sitemapEntries>; n: number }> = ({ props }) =>
  sitemapResponse(props.entries, props.n);
