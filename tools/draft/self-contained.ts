import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { site, type Locale } from '../../src/config/site.ts';
import { t } from '../../src/i18n/ui.ts';

const mimeTypes: Record<string, string> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** A file of the built site, e.g. "/_astro/steppe.jpg", as a data: URI. */
function dataUri(distDir: string, urlPath: string): string {
  const type = mimeTypes[extname(urlPath).toLowerCase()];
  if (!type) throw new Error(`The draft cannot inline ${urlPath}: no known file type.`);
  return `data:${type};base64,${readFileSync(join(distDir, decodeURI(urlPath))).toString('base64')}`;
}

/** The widest candidate of a srcset no wider than a phone's 2× column, else the narrowest. */
function chosenCandidate(srcset: string): string | undefined {
  const candidates = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .map(([url, width]) => ({ url: url!, width: Number.parseInt(width ?? '0', 10) }))
    .sort((a, b) => a.width - b.width);
  return (candidates.filter(({ width }) => width <= 1080).at(-1) ?? candidates[0])?.url;
}

/** Elements a draft has none of: share tags, JSON-LD, feeds, icons, search, scripts and the share buttons. */
const removed = [
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'meta[http-equiv="content-security-policy" i]',
  'link:not([rel="stylesheet"])',
  'script',
  'section.share',
  `a[href="/search/"]`,
].join(',');

/**
 * Turns the built page of an op-ed into a self-contained draft: one file
 * that opens from file:// with no request at all. Stylesheets and images
 * become inline, pictures keep one image, links to the site point at its
 * address, and a banner says it is a draft. Hand-written: inliners such as
 * web-resource-inliner leave srcset and <picture> sources as they are.
 */
export function selfContainedPage(html: string, distDir: string, lang: Locale): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll(removed)) element.remove();
  for (const element of document.querySelectorAll(
    '[data-pagefind-body], [data-pagefind-ignore], [data-pagefind-meta], [data-pagefind-weight], [data-pagefind-filter]',
  )) {
    for (const name of element
      .getAttributeNames()
      .filter((name: string) => name.startsWith('data-pagefind'))) {
      element.removeAttribute(name);
    }
  }

  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const style = document.createElement('style');
    style.textContent = readFileSync(join(distDir, link.getAttribute('href')!), 'utf-8');
    link.replaceWith(style);
  }
  for (const style of document.querySelectorAll('style')) {
    style.textContent = style.textContent!.replace(
      /url\((['"]?)(\/[^'")]+)\1\)/g,
      (_match, _quote, path: string) => `url("${dataUri(distDir, path)}")`,
    );
  }

  for (const source of document.querySelectorAll('picture source')) source.remove();
  for (const image of document.querySelectorAll('img')) {
    const srcset = image.getAttribute('srcset');
    const src = (srcset && chosenCandidate(srcset)) ?? image.getAttribute('src')!;
    image.setAttribute('src', src.startsWith('/') ? dataUri(distDir, src) : src);
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
  }

  for (const link of document.querySelectorAll('a[href^="/"]')) {
    link.setAttribute('href', `${site.url}${link.getAttribute('href')}`);
  }

  const head = document.querySelector('head')!;
  document.querySelector('meta[name="robots"]')?.remove();
  head.insertAdjacentHTML(
    'afterbegin',
    `<meta name="robots" content="noindex, nofollow">` +
      // Nothing but this file: a request the draft still made would be refused.
      `<meta http-equiv="content-security-policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'">`,
  );
  const title = document.querySelector('title')!;
  title.textContent = `${t('draft.title', lang)}: ${title.textContent}`;

  const banner = document.createElement('p');
  banner.className = 'draft-banner';
  banner.setAttribute('role', 'note');
  banner.textContent = t('draft.banner', lang);
  document.body.prepend(banner);
  head.insertAdjacentHTML(
    'beforeend',
    `<style>.draft-banner{position:sticky;top:0;z-index:10;margin:0;padding:.75rem 1rem;background:#fff3b0;color:#1a1a1a;border-bottom:3px solid #1a1a1a;font:700 1rem/1.4 system-ui,sans-serif;text-align:center}</style>`,
  );
  return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
}
