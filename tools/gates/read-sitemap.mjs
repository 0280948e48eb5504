import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';

/**
 * @param {string} file
 * @param {string} selector
 * @returns {string[]}
 */
function locs(file, selector) {
  const xml = new DOMParser().parseFromString(readFileSync(file, 'utf-8'), 'text/xml');
  return [...xml.querySelectorAll(selector)].map((loc) => (loc.textContent ?? '').trim());
}

/**
 * Every page URL a built site lists in its sitemaps, read through
 * sitemap-index.xml so sitemaps added later are covered too.
 * @param {string} dir The built site.
 * @returns {URL[]}
 */
export function readSitemap(dir) {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index))
    throw new Error(`No sitemap-index.xml in ${dir}: the sitemap integration did not run.`);
  return locs(index, 'sitemap > loc').flatMap((sitemapUrl) =>
    locs(join(dir, new URL(sitemapUrl).pathname), 'url > loc').map((loc) => new URL(loc)),
  );
}
