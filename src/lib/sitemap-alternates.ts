import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, site } from '../config/site';
import { readFrontmatter } from './frontmatter';
import { buildTime, isPublished } from './publication';
import { alternatesOf, translationGroups, type TranslatableOpinion } from './translations';
import { absoluteUrl, opinionPath } from './urls';

export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The published op-eds' translation data, read straight from the content
 * folder: the sitemap integration runs outside Astro's content layer, so it
 * cannot use getPublishedOpinions(). The content layer has already
 * validated these files by the time the sitemap is written.
 */
export function readPublishedTranslatables(opinionsDir: string, now = buildTime()): TranslatableOpinion[] {
  const files = readdirSync(opinionsDir, { recursive: true, encoding: 'utf-8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  return files.flatMap((file) => {
    const data = readFrontmatter(readFileSync(join(opinionsDir, file), 'utf-8'));
    const lang = typeof data.lang === 'string' ? data.lang : site.defaultLocale;
    const fields = { draft: data.draft === true, published: String(data.published ?? '') };
    if (!isLocale(lang) || !isPublished(fields, { now, preview: false })) return [];
    const translationOf = typeof data.translationOf === 'string' ? { id: data.translationOf } : undefined;
    return [{ id: file.replace(/\.mdx$/, ''), filePath: file, data: { lang, translationOf } }];
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

/** A `serialize` hook for @astrojs/sitemap that adds each op-ed's translations as alternates. */
export function withTranslationAlternates(opinionsDir: string) {
  let links: Map<string, SitemapLink[]> | undefined;
  return <Item extends { url: string; links?: SitemapLink[] | undefined }>(item: Item): Item => {
    links ??= sitemapAlternates(readPublishedTranslatables(opinionsDir));
    const alternates = links.get(item.url);
    return alternates ? { ...item, links: alternates } : item;
  };
}
