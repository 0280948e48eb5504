interface Digested {
  id: string;
  digest?: string | number;
}

/**
 * Build-wide switches that change page output without touching content or
 * code (Astro hashes neither): BARE_BUILD turns social images and feeds off.
 * Add any new such switch here, or a reused page would show the other setting.
 */
const buildVariant = () => `bare=${process.env.BARE_BUILD === '1'}`;

/**
 * The key under which an op-ed page is reused by Astro's incremental build:
 * it changes whenever anything the page shows from content changes — the
 * op-ed itself, one of its authors (the byline) or its translations
 * (hreflang links and the "read in" links). Template and config
 * changes are tracked by Astro itself. Undefined (always render) when an
 * entry has no digest, so a page is never reused on a guess.
 */
export function opinionPageCacheKey(
  opinion: Digested,
  authors: readonly Digested[],
  translations: readonly { hreflang: string; id: string }[] = [],
): string | undefined {
  return contentCacheKey(
    [opinion, ...authors],
    translations.map((translation) => `${translation.hreflang}=${translation.id}`),
  );
}

/**
 * The key under which an author's feed is reused: it changes whenever the
 * author (title, description) or any item changes — an op-ed in the feed, a
 * co-author's name, or which op-eds are the newest `items`.
 */
export function authorFeedCacheKey(
  author: Digested,
  items: readonly { opinion: Digested; authors: readonly Digested[] }[],
): string | undefined {
  return contentCacheKey(
    [author, ...items.flatMap((item) => [item.opinion, ...item.authors])],
    [`items=${items.map((item) => item.opinion.id).join(',')}`],
  );
}

/** Entries' ids and digests, plus other facts a page shows; undefined if a digest is missing. */
function contentCacheKey(entries: readonly Digested[], facts: readonly string[]): string | undefined {
  if (entries.some((entry) => entry.digest === undefined)) return undefined;
  return [buildVariant(), ...entries.map((entry) => `${entry.id}:${entry.digest}`), ...facts].join('|');
}
