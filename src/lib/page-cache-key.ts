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
  const entries = [opinion, ...authors];
  if (entries.some((entry) => entry.digest === undefined)) return undefined;
  return [
    buildVariant(),
    ...entries.map((entry) => `${entry.id}:${entry.digest}`),
    ...translations.map((translation) => `${translation.hreflang}=${translation.id}`),
  ].join('|');
}
