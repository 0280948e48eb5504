import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { parseHTML } from 'linkedom';
import { distDir } from './site';

/** How many bytes of a page WhatsApp reads before it stops looking for previews. */
export const previewReadLimit = 300 * 1024;

export function pageHtml(urlPath: string, dir = distDir): string {
  return readFileSync(join(dir, urlPath, 'index.html'), 'utf-8');
}

/** The preview fields as open-graph-scraper reads them from a page's HTML (no network). */
export async function previewOf(html: string) {
  const { error, result } = await ogs({ html });
  if (error) throw new Error('open-graph-scraper failed');
  return result;
}

/** Parsed JSON-LD blocks of a page. */
export function jsonLdOf(html: string): unknown[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ''),
  );
}

/** A built file for an absolute site URL, e.g. the og:image. */
export function builtFileFor(url: string, dir = distDir): string {
  return join(dir, decodeURIComponent(new URL(url).pathname));
}
