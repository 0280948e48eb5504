import { site, type Locale } from '../config/site';

/**
 * The one place site paths are built. Pages, feeds, the sitemap and the
 * share links all go through these, so a URL scheme change is one edit.
 *
 * Listings, search and feeds of the default language (English) are at the
 * root, the others under /ru/ and /kk/ (the scheme Astro's i18n routing
 * declares in astro.config.mjs). Op-eds stay at /opinion/<slug>/ in every
 * language: their file names are unique, and shared links must not break.
 */
export function opinionPath(slug: string): string {
  return `/opinion/${slug}/`;
}

/** "" for the default language, "/ru" for Russian. */
export function localePrefix(lang: Locale): string {
  return lang === site.defaultLocale ? '' : `/${lang}`;
}

/** The route param of a `[...lang]` route: undefined for the default language (the root). */
export function langParam(lang: Locale): string | undefined {
  return lang === site.defaultLocale ? undefined : lang;
}

/** A language's front page: "/", "/ru/", "/kk/". */
export function frontPath(lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/`;
}

export function authorPath(id: string, lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/authors/${id}/`;
}

export function topicPath(tag: string, lang: Locale = site.defaultLocale): string {
  return `${topicsPath(lang)}${tag}/`;
}

/** The list of every topic. */
export function topicsPath(lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/topics/`;
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
export function searchPath(lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/search/`;
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

/** RSS 2.0 feed of a language's front page. */
export function rssPath(lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/rss.xml`;
}

/** JSON Feed 1.1 of a language's front page. */
export function jsonFeedPath(lang: Locale = site.defaultLocale): string {
  return `${localePrefix(lang)}/feed.json`;
}

/** RSS feed of one author's op-eds. */
export function authorRssPath(id: string): string {
  return `${authorPath(id)}rss.xml`;
}

/** The sitemap index written by @astrojs/sitemap. */
export const sitemapIndexPath = '/sitemap-index.xml';
