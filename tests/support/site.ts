import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { readToolSettings } from '../../src/config/env';
import { readSitemap } from '../../tools/gates/read-sitemap.mjs';

/** The built site the dist and browser tests read; `npm test` builds it first. */
export const distDir = readToolSettings().distDir;

export function assertBuilt(dir = distDir): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run \`npm run build\` first (npm test does this for you).`);
  }
}

/** Parses the page served at `urlPath` (e.g. "/opinion/x/") from a built site. */
export function readPage(urlPath: string, dir = distDir): Document {
  const file = urlPath.endsWith('/') ? join(dir, urlPath, 'index.html') : join(dir, urlPath);
  return parseHTML(readFileSync(file, 'utf-8')).document as unknown as Document;
}

/** Every file below `dir`, as paths relative to it. */
export function listFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** URL paths of every HTML page in a built site. */
export function listPages(dir = distDir): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** Text of an element with whitespace collapsed, as a reader would see it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * URL paths of every page a reader can reach: everything in the sitemap, so
 * pages added later are covered automatically, plus the 404 page (which the
 * sitemap rightly leaves out).
 */
export function sitePaths(dir = distDir): string[] {
  assertBuilt(dir);
  return [...readSitemap(dir).map((url) => url.pathname), '/404.html'];
}
