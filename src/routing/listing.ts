import type { Page, PaginateFunction } from 'astro';
import { site } from '../config/site';
import { withCacheKey } from './cache-keys';
import { listingPath } from './urls';

/** What a listing page needs to show its slice and its pagination nav. */
export interface ListingPage<T> {
  items: T[];
  current: number;
  last: number;
  /** Root of the listing, e.g. "/" or "/topics/elections/"; pages link with listingPath(). */
  basePath: string;
}

export function listingFromPage<T>(page: Page<T>, basePath: string): ListingPage<T> {
  return { items: page.data, current: page.currentPage, last: page.lastPage, basePath };
}

/** Page 1 of a listing, for a root page (such as the home page) that is not a paginated route. */
export function firstListingPage<T>(items: readonly T[], basePath: string): ListingPage<T> {
  return {
    items: items.slice(0, site.pageSize),
    current: 1,
    last: Math.max(1, Math.ceil(items.length / site.pageSize)),
    basePath,
  };
}

/**
 * Astro's paginate() for a `[...page]` route, with page 2 onwards at
 * `<base>page/2/` (listingPath) rather than Astro's `<base>2/`. Astro's own
 * `page.url` would point at `<base>2/`, so pages link through listingPath.
 * Each page gets the cacheKey `cacheKeyOf` gives it (src/lib/page-cache-key.ts).
 */
export function paginateListing<T, Params extends Record<string, string>>(
  paginate: PaginateFunction,
  items: readonly T[],
  basePath: string,
  params: Params,
  cacheKeyOf: (page: Page<T>) => string | undefined,
) {
  return paginate(items, { pageSize: site.pageSize, params }).map(({ props }) =>
    withCacheKey(
      {
        params: {
          ...params,
          page:
            props.page.currentPage > 1 ? listingPath('/', props.page.currentPage).slice(1, -1) : undefined,
        },
        props: { listing: listingFromPage(props.page, basePath) },
      },
      cacheKeyOf(props.page),
    ),
  );
}
