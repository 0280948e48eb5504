import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { toIsoWithOffset } from '../content-model/offset-date-time';
import { site } from '../config/site';
import type { SiteData } from '../routing/site-data';
import { absoluteUrl, frontPath, opinionPath, searchPath, topicsPath } from '../routing/urls';

/** URLs per sitemap file; the protocol allows 50,000. */
export const sitemapSize = 45_000;

/**
 * Every page the build writes, as sitemap entries sorted by URL: each
 * language's listings' pages (its front page with the other front pages as
 * hreflang alternates), the op-eds (dated by their update, else
 * publication, with their translations as hreflang alternates), search and topics.
 */
export function sitemapEntries(data: SiteData): SitemapItemLoose[] {
  let entries = entriesOf.get(data);
  if (!entries) entriesOf.set(data, (entries = listEntries(data)));
  return entries;
}

/** Worked out once per build's site data, though the index and every sitemap file read it. */
const entriesOf = new WeakMap<SiteData, SitemapItemLoose[]>();

function listEntries(data: SiteData): SitemapItemLoose[] {
  const pages = data.sections.flatMap(({ lang, home, topics, authors }) => [
    topicsPath(lang),
    searchPath(lang),
    ...[home, ...topics, ...authors].flatMap(({ pages }) => pages.map((page) => page.path)),
  ]);
  pages.push(...data.standards.map(({ path }) => path));
  const fronts = new Set(data.sections.map(({ lang }) => frontPath(lang)));
  const frontLinks =
    data.sections.length > 1
      ? [
          ...data.sections.map(({ lang }) => ({ lang, url: absoluteUrl(frontPath(lang)) })),
          { lang: 'x-default', url: absoluteUrl(frontPath(site.defaultLocale)) },
        ]
      : [];
  const entries: SitemapItemLoose[] = pages.map((path) =>
    fronts.has(path) ? { url: absoluteUrl(path), links: frontLinks } : { url: absoluteUrl(path) },
  );
  for (const { opinion, alternates, modified } of data.opinions) {
    entries.push({
      url: absoluteUrl(opinionPath(opinion.id)),
      lastmod: toIsoWithOffset(modified),
      links: alternates.map(({ hreflang, id }) => ({ lang: hreflang, url: absoluteUrl(opinionPath(id)) })),
    });
  }
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The sitemap files' paths, /sitemap-0.xml onwards, for the index and the routes. */
export function sitemapPaths(entries: readonly SitemapItemLoose[]): string[] {
  return Array.from(
    { length: Math.max(1, Math.ceil(entries.length / sitemapSize)) },
    (_, n) => `/sitemap-${n}.xml`,
  );
}

const xmlResponse = async (stream: SitemapStream | SitemapIndexStream, items: readonly object[]) =>
  new Response(new Uint8Array(await streamToPromise(Readable.from(items).pipe(stream))), {
    headers: { 'Content-Type': 'application/xml' },
  });

/** One sitemap file: entries `n * sitemapSize` onwards. */
export function sitemapResponse(entries: readonly SitemapItemLoose[], n: number): Promise<Response> {
  return xmlResponse(new SitemapStream(), entries.slice(n * sitemapSize, (n + 1) * sitemapSize));
}

/** The sitemap index, dated by the newest op-ed change. */
export function sitemapIndexResponse(entries: readonly SitemapItemLoose[]): Promise<Response> {
  const dates = entries.flatMap((entry) => (entry.lastmod ? [new Date(entry.lastmod).getTime()] : []));
  const lastmod = dates.length > 0 ? new Date(Math.max(...dates)).toISOString() : undefined;
  const items = sitemapPaths(entries).map((path) => ({
    url: absoluteUrl(path),
    ...(lastmod && { lastmod }),
  }));
  return xmlResponse(new SitemapIndexStream(), items);
}
