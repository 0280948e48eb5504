#!/usr/bin/env node
/**
 * `npm run test:links`: every internal href, src, srcset, JSON-LD URL and #fragment in a
 * built site must resolve to a file in it (and a fragment to an id on the
 * target page). Internal means relative, root-relative, or absolute on the
 * site's own origin (read from the sitemap). Other origins are not fetched:
 * there is no network, and pages must not depend on them anyway.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readSitemap } from './read-sitemap.mjs';

/**
 * @typedef {object} LinkProblem
 * @property {string} file The page, relative to the site folder.
 * @property {string} attribute Element and attribute, e.g. `a[href]`.
 * @property {string} url The URL as written.
 * @property {string} problem What is wrong.
 */

const urlAttributes = /** @type {const} */ ([
  ['href', 'a[href], area[href], link[href]'],
  ['src', 'img[src], script[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src]'],
  ['poster', 'video[poster]'],
  ['srcset', 'img[srcset], source[srcset]'],
]);

/** Base used to resolve links from a page, standing in for whatever host serves the site. */
const localBase = 'http://site.invalid';

/**
 * URLs in a srcset. Hand-written because the candidates are just
 * comma-separated "url [descriptor]" pairs and URLs here never hold commas.
 * @param {string} srcset
 */
export function srcsetUrls(srcset) {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * URLs named in a page's JSON-LD (the publisher's policy pages, authors,
 * images), which must resolve like links. `@id` values are identifiers,
 * not links (`…/authors/x/#person` names a person, not an element).
 * @param {unknown} value
 * @returns {string[]}
 */
function jsonLdUrls(value) {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => (key.startsWith('@') ? [] : jsonLdUrls(inner)));
  return [];
}

/**
 * The file a URL path is served from, or undefined. Directory URLs must end
 * in a slash (the site is built with trailingSlash: 'always').
 * @param {string} dir
 * @param {string} pathname
 */
function fileFor(dir, pathname) {
  const path = join(dir, decodeURIComponent(pathname));
  if (pathname.endsWith('/'))
    return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Finds every internal link in a built site that does not resolve.
 * @param {string} dir The built site.
 * @param {{ siteOrigin?: string }} [options] The site's public origin; read from the sitemap when left out.
 * @returns {LinkProblem[]}
 */
export function checkLinks(dir, options = {}) {
  const siteOrigin =
    options.siteOrigin ??
    (existsSync(join(dir, 'sitemap-index.xml')) ? readSitemap(dir)[0]?.origin : undefined);
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  /** @param {string} file */
  const idsOf = (file) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf-8'));
      ids = new Set(
        [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };

  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

  /** @type {LinkProblem[]} */
  const problems = [];
  for (const page of pages) {
    const pagePath = `/${relative(dir, page)}`.replace(/(^|\/)index\.html$/, '$1');
    const pageUrl = new URL(pagePath, localBase);
    const { document } = parseHTML(readFileSync(page, 'utf-8'));
    /** @type {Array<[string, string]>} where each URL is written, and the URL */
    const found = [];
    for (const [attribute, selector] of urlAttributes) {
      for (const element of document.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute) ?? '';
        const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
        for (const url of urls) found.push([`${element.localName}[${attribute}]`, url]);
      }
    }
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      for (const url of jsonLdUrls(JSON.parse(script.textContent || 'null'))) found.push(['JSON-LD', url]);
    }
    for (const [attribute, written] of found) {
      /** @param {string} problem */
      const report = (problem) =>
        problems.push({ file: relative(dir, page), attribute, url: written, problem });
      if (written.trim() === '') {
        report('empty URL');
        continue;
      }
      let url;
      try {
        url = new URL(written, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (siteOrigin && url.origin === siteOrigin)
        url = new URL(url.pathname + url.search + url.hash, localBase);
      if (url.origin !== localBase) continue;
      const target = fileFor(dir, url.pathname);
      if (!target) {
        report(`no file in the built site for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        report(`no element with id "${fragment}" on ${url.pathname}`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const problems = checkLinks(dir);
  for (const { file, attribute, url, problem } of problems) {
    console.error(`${join(dir, file)}: ${attribute} "${url}": ${problem}`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} broken internal link(s) in ${dir}.`);
    process.exit(1);
  }
  console.log(`Links: every internal href, src, srcset, JSON-LD URL and #fragment in ${dir} resolves.`);
}
