import { site } from '../config/site';
import { cacheKeyOf, type Digested } from './cache-keys';
import { listingPath } from './urls';

/** One page of a paginated listing (home, a topic, an author). */
export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  /** Root of the listing, e.g. "/" or "/topics/elections/"; pages link with listingPath(). */
  basePath: string;
  /** This page's own path. */
  path: string;
  /** Reuse key: the entries it shows and the page count its navigation shows. */
  cacheKey: string | undefined;
}

/**
 * Splits `items` (already in listing order) into pages of site.pageSize;
 * `entriesOf` names the content entries one item shows, for the cache key.
 * An empty listing still has page 1.
 */
export function paginate<T>(
  items: readonly T[],
  basePath: string,
  entriesOf: (item: T) => readonly Digested[],
  owners: readonly Digested[] = [],
): ListingPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / site.pageSize));
  return Array.from({ length: last }, (_, index) => {
    const pageItems = items.slice(index * site.pageSize, (index + 1) * site.pageSize);
    return {
      items: pageItems,
      current: index + 1,
      last,
      basePath,
      path: listingPath(basePath, index + 1),
      cacheKey: cacheKeyOf([...owners, ...pageItems.flatMap(entriesOf)], [`pages=${last}`]),
    };
  });
}

/** The route param of a `[...page]` route for a listing page: undefined on page 1, "page/2" after. */
export function pageParam(page: Pick<ListingPage<unknown>, 'basePath' | 'path'>): string | undefined {
  return page.path === page.basePath ? undefined : page.path.slice(page.basePath.length, -1);
}
