import { site, type Locale } from '../config/site';

/**
 * The one place site paths are built. Pages, feeds, the sitemap and the
 * share links all go through these, so a URL scheme change is one edit.
 */
export function opinionPath(slug: string): string {
  return `/opinion/${slug}/`;
}

export function authorPath(id: string): string {
  return `/authors/${id}/`;
}

export function topicPath(tag: string): string {
  return `/topics/${tag}/`;
}

/** `path` in `lang`: English at the root, other languages under /<lang>/. */
export function localizedPath(path: string, lang: Locale): string {
  return lang === site.defaultLocale ? path : `/${lang}${path}`;
}

/** The outlet's standards pages (content/pages/), one per language. */
export const standardsPages = ['about', 'opinion-policy', 'corrections-policy', 'submit', 'contact'] as const;
export type StandardsPage = (typeof standardsPages)[number];

export function standardsPath(page: StandardsPage, lang: Locale): string {
  return localizedPath(`/${page}/`, lang);
}

/** The search page; its form also reads `?q=` so a search can be linked to. */
export function searchPath(): string {
  return '/search/';
}

/** Page `page` (1-based) of a paginated listing rooted at `basePath`. */
export function listingPath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

/** Absolute URL on the canonical origin, for previews, feeds and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).href;
}

/** The 1200×630 preview image of an op-ed. */
export function socialImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** Site-wide RSS 2.0 feed. */
export const rssPath = '/rss.xml';

/** Site-wide JSON Feed 1.1. */
export const jsonFeedPath = '/feed.json';

/** RSS feed of one author's op-eds. */
export function authorRssPath(id: string): string {
  return `${authorPath(id)}rss.xml`;
}

/** The sitemap index written by @astrojs/sitemap. */
export const sitemapIndexPath = '/sitemap-index.xml';
