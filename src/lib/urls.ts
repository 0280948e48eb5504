import { site } from '../config/site';

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
