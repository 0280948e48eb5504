import type { Opinion } from '../content-model/entries';

/** What a cache key needs of a content entry. */
export type Digested = Pick<Opinion, 'id'> & { digest?: string | number | undefined };

/**
 * The key under which Astro's incremental build reuses a page: the ids and
 * digests of every entry the page shows, plus other facts it shows (which
 * translations exist, how many pages a listing has). Template and config
 * changes are tracked by Astro itself. Undefined (always render) when an
 * entry has no digest, so a page is never reused on a guess.
 */
export function cacheKeyOf(entries: readonly Digested[], facts: readonly string[] = []): string | undefined {
  if (entries.some((entry) => entry.digest === undefined)) return undefined;
  return [...entries.map((entry) => `${entry.id}:${entry.digest}`), ...facts].join('|');
}

/** A getStaticPaths() entry with its cacheKey, or without one (always rendered) when the key is undefined. */
export function withCacheKey<Path extends object>(
  path: Path,
  cacheKey: string | undefined,
): Path & { cacheKey?: string } {
  return cacheKey === undefined ? path : { ...path, cacheKey };
}
