import { toIsoWithOffset } from '../content-model/offset-date-time';
import { readPublishedOpinionFiles, type OpinionFile } from '../lib/opinion-files';
import { alternatesOf, translationGroups, type TranslatableOpinion } from '../content-model/translations';
import { absoluteUrl, opinionPath } from '../routing/urls';

export interface SitemapLink {
  lang: string;
  url: string;
}

/** Sitemap `links` (hreflang alternates) per absolute op-ed URL, for op-eds that have translations. */
export function sitemapAlternates(opinions: readonly TranslatableOpinion[]): Map<string, SitemapLink[]> {
  const groups = translationGroups(opinions);
  const links = new Map<string, SitemapLink[]>();
  for (const opinion of opinions) {
    const alternates = alternatesOf(opinion, groups);
    if (alternates.length === 0) continue;
    links.set(
      absoluteUrl(opinionPath(opinion.id)),
      alternates.map(({ hreflang, id }) => ({ lang: hreflang, url: absoluteUrl(opinionPath(id)) })),
    );
  }
  return links;
}

/** Sitemap `lastmod` per absolute op-ed URL: the updated date, else the published one, with offset. */
export function sitemapLastModified(opinions: readonly OpinionFile[]): Map<string, string> {
  return new Map(
    opinions.map((opinion) => [
      absoluteUrl(opinionPath(opinion.id)),
      toIsoWithOffset(opinion.data.updated ?? opinion.data.published),
    ]),
  );
}

/** A `serialize` hook for @astrojs/sitemap: adds each op-ed's lastmod and its translations as alternates. */
export function sitemapSerializer(opinionsDir: string) {
  let lastModified: Map<string, string> | undefined;
  let alternates: Map<string, SitemapLink[]> | undefined;
  return <Item extends { url: string; lastmod?: string | undefined; links?: SitemapLink[] | undefined }>(
    item: Item,
  ): Item => {
    if (!lastModified || !alternates) {
      const opinions = readPublishedOpinionFiles(opinionsDir);
      lastModified = sitemapLastModified(opinions);
      alternates = sitemapAlternates(opinions);
    }
    const lastmod = lastModified.get(item.url);
    const links = alternates.get(item.url);
    return { ...item, ...(lastmod && { lastmod }), ...(links && { links }) };
  };
}
