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

/** An op-ed as a listing or feed shows it: with the authors its byline names. */
export interface ListedOpinion {
  opinion: Digested;
  authors: readonly Digested[];
}

/**
 * The key under which an author's page or feed is reused: it changes
 * whenever the author (name, bio, links) or any op-ed listed changes — an
 * op-ed itself, a co-author's name, or which op-eds are listed.
 */
export function authorPageCacheKey(author: Digested, items: readonly ListedOpinion[]): string | undefined {
  return listedCacheKey([author], items, []);
}

/**
 * The key under which one page of a listing (the home page's page 2 onwards,
 * a topic's pages) is reused: its op-eds and their authors (`authorsOf`, by
 * op-ed id), in order, and how many pages the listing has, which its
 * pagination links show. Undefined if an op-ed's authors are not known.
 */
export function listingPageCacheKey(
  opinions: readonly Digested[],
  authorsOf: ReadonlyMap<string, readonly Digested[]>,
  lastPage: number,
): string | undefined {
  const items: ListedOpinion[] = [];
  for (const opinion of opinions) {
    const authors = authorsOf.get(opinion.id);
    if (!authors) return undefined;
    items.push({ opinion, authors });
  }
  return listedCacheKey([], items, [`pages=${lastPage}`]);
}

/** A getStaticPaths() entry with its cacheKey, or without one (always rendered) when the key is undefined. */
export function withCacheKey<Path extends object>(
  path: Path,
  cacheKey: string | undefined,
): Path & { cacheKey?: string } {
  return cacheKey === undefined ? path : { ...path, cacheKey };
}

function listedCacheKey(
  owners: readonly Digested[],
  items: readonly ListedOpinion[],
  facts: readonly string[],
): string | undefined {
  return contentCacheKey(
    [...owners, ...items.flatMap((item) => [item.opinion, ...item.authors])],
    [`items=${items.map((item) => item.opinion.id).join(',')}`, ...facts],
  );
}

/** Entries' ids and digests, plus other facts a page shows; undefined if a digest is missing. */
function contentCacheKey(entries: readonly Digested[], facts: readonly string[]): string | undefined {
  if (entries.some((entry) => entry.digest === undefined)) return undefined;
  return [buildVariant(), ...entries.map((entry) => `${entry.id}:${entry.digest}`), ...facts].join('|');
}
