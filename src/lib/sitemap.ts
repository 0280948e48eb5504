import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, site, type Locale } from '../config/site';
import { readFrontmatter } from './frontmatter';
import { toIsoWithOffset } from './offset-date-time';
import { opinionIdFromPath } from './opinion-id';
import { buildTime, isPublished } from './publication';
import { alternatesOf, translationGroups, type TranslatableOpinion } from './translations';
import { absoluteUrl, opinionPath } from './urls';

export interface SitemapLink {
  lang: string;
  url: string;
}

export interface SitemapOpinion extends TranslatableOpinion {
  data: TranslatableOpinion['data'] & {
    /** Date-time with offset, as written. */
    published: string;
    updated: string | undefined;
  };
}

/**
 * The published op-eds as the sitemap needs them, read straight from the
 * content folder: @astrojs/sitemap's `serialize` runs after the build,
 * outside Astro's content layer, so it cannot call getPublishedOpinions().
 * The same publication rule (isPublished) and id rule (opinionIdFromPath)
 * apply, and the content layer has already validated every file.
 */
export function readPublishedOpinionFiles(opinionsDir: string, now = buildTime()): SitemapOpinion[] {
  const files = readdirSync(opinionsDir, { recursive: true, encoding: 'utf-8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  return files.flatMap((file) => {
    const data = readFrontmatter(readFileSync(join(opinionsDir, file), 'utf-8'));
    const lang = typeof data.lang === 'string' ? data.lang : site.defaultLocale;
    const published = String(data.published ?? '');
    if (!isLocale(lang) || !isPublished({ draft: data.draft === true, published }, { now, preview: false })) {
      return [];
    }
    const translationOf = typeof data.translationOf === 'string' ? { id: data.translationOf } : undefined;
    const updated = typeof data.updated === 'string' ? data.updated : undefined;
    return [
      {
        id: opinionIdFromPath(file),
        filePath: file,
        data: { lang: lang as Locale, translationOf, published, updated },
      },
    ];
  });
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
export function sitemapLastModified(opinions: readonly SitemapOpinion[]): Map<string, string> {
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
