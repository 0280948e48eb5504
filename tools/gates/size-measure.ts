/**
 * Measuring functions for `npm run size`: what a reader downloads for an
 * op-ed page, measured the way a server sends it (brotli, quality 11). Pure
 * functions over strings and a file reader, so unit tests run them on small
 * in-memory pages.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';
import postcss from 'postcss';
import { srcsetUrls } from './check-links.mjs';

/** Every byte budget, in one place. Brotli sizes except where noted. */
export const budgets = {
  /** HTML plus render-blocking CSS: fits the first TCP round trip (≈14.6 KB). */
  htmlAndBlockingCss: 14_600,
  /** JavaScript on an op-ed page. */
  javascript: 1_024,
  /** Web fonts (woff2 files, as stored: they are compressed already), all faces together. */
  fonts: 60 * 1_024,
  /** Each social image (og:image), as stored. */
  socialImage: 300 * 1_024,
  /** Each author photo in a byline, its largest candidate, as stored (already compressed). */
  authorPhoto: 8 * 1_024,
} as const;

export type BudgetName = keyof typeof budgets;

/** Reads a file the page refers to, by its site path (`/_astro/x.css`); undefined when absent. */
export type AssetReader = (sitePath: string) => Buffer | undefined;

export interface Measurement {
  /** The page measured, as given by the caller. */
  page: string;
  /** Which budget this counts against. */
  budget: BudgetName;
  /** What was measured, for the table. */
  what: string;
  bytes: number;
  /** Problems that fail the check whatever the size (e.g. a blocking script). */
  problems: string[];
}

export function brotliSize(content: string | Buffer): number {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(content),
    },
  }).length;
}

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** Site path of a URL found on `pageUrl`, or undefined for other origins. */
function sitePathOf(href: string, pageUrl: URL): string | undefined {
  const url = new URL(href, pageUrl);
  return url.origin === pageUrl.origin ? decodeURI(url.pathname) : undefined;
}

/** Stylesheets that hold up rendering: inline <style> and <link rel=stylesheet> for all media. */
export function blockingStylesheets(
  document: PageDocument,
): Array<{ href?: string; text?: string; media?: string }> {
  const sheets: Array<{ href?: string; text?: string }> = [];
  for (const element of document.querySelectorAll('style, link[rel~="stylesheet"]')) {
    const media = element.getAttribute('media');
    if (media && /^\s*print\s*$/i.test(media)) continue;
    if (element.localName === 'style') sheets.push({ text: element.textContent ?? '' });
    else sheets.push({ href: element.getAttribute('href') ?? '' });
  }
  return sheets;
}

/** The CSS text the page uses (inline and linked), for the font check. */
function cssTexts(
  document: PageDocument,
  pageUrl: URL,
  read: AssetReader,
): Array<{ css: string; base: URL }> {
  return blockingStylesheets(document).flatMap(({ href, text }) => {
    if (text !== undefined) return [{ css: text, base: pageUrl }];
    const path = sitePathOf(href!, pageUrl);
    const file = path && read(path);
    return file ? [{ css: file.toString('utf-8'), base: new URL(path, pageUrl) }] : [];
  });
}

export interface FontFace {
  family: string;
  /** Site paths of the face's files (woff2 preferred, as a browser would pick). */
  files: string[];
  display: string | undefined;
}

/** The @font-face rules of a stylesheet, with their files resolved against `base`. */
export function fontFaces(css: string, base: URL): FontFace[] {
  const faces: FontFace[] = [];
  postcss.parse(css).walkAtRules(/^font-face$/i, (rule) => {
    let family = '';
    let display: string | undefined;
    const sources: string[] = [];
    rule.walkDecls((decl) => {
      const property = decl.prop.toLowerCase();
      if (property === 'font-family') family = decl.value.replace(/^["']|["']$/g, '');
      if (property === 'font-display') display = decl.value.trim().toLowerCase();
      if (property === 'src') {
        for (const match of decl.value.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) sources.push(match[2]!);
      }
    });
    const woff2 = sources.filter((source) => /\.woff2(?:[?#]|$)/i.test(source));
    const chosen = (woff2.length > 0 ? woff2 : sources.slice(0, 1))
      .map((source) => sitePathOf(source, base))
      .filter((path): path is string => path !== undefined);
    faces.push({ family, files: chosen, display });
  });
  return faces;
}

/** Brotli size of a same-site asset the page references, or a problem when it can't be read. */
function assetSize(
  url: string,
  pageUrl: URL,
  read: AssetReader,
  kind: string,
): { bytes: number } | { problem: string } {
  const path = sitePathOf(url, pageUrl);
  const file = path && read(path);
  return file ? { bytes: brotliSize(file) } : { problem: `${kind} ${url} is missing or on another origin` };
}

/** One budget's bytes and problems, added up file by file. */
class Tally {
  bytes = 0;
  problems: string[] = [];
  /** Adds a file's size, or the reason it could not be measured. */
  add(size: { bytes: number } | { problem: string }): void {
    if ('problem' in size) this.problems.push(size.problem);
    else this.bytes += size.bytes;
  }
}

/** Every measurement of one op-ed page against the budgets. */
export function measurePage(page: string, html: string, pageUrl: URL, read: AssetReader): Measurement[] {
  const { document } = parseHTML(html);
  const measurements: Measurement[] = [];

  const css = new Tally();
  css.add({ bytes: brotliSize(html) });
  for (const { href, text } of blockingStylesheets(document)) {
    if (text !== undefined) continue; // inline CSS is already in the HTML
    css.add(assetSize(href!, pageUrl, read, 'stylesheet'));
  }
  measurements.push({ page, budget: 'htmlAndBlockingCss', what: 'HTML + render-blocking CSS', ...css });

  const scripts = new Tally();
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') continue;
    const src = script.getAttribute('src');
    if (src === null) {
      scripts.add({ bytes: brotliSize(script.textContent ?? '') });
      continue;
    }
    const deferred = type === 'module' || script.hasAttribute('defer') || script.hasAttribute('async');
    if (!deferred)
      scripts.add({ problem: `script ${src} blocks rendering: add type="module", defer or async` });
    scripts.add(assetSize(src, pageUrl, read, 'script'));
  }
  measurements.push({ page, budget: 'javascript', what: 'JavaScript', ...scripts });

  const fonts = new Tally();
  const counted = new Set<string>();
  for (const { css, base } of cssTexts(document, pageUrl, read)) {
    for (const face of fontFaces(css, base)) {
      if (face.display !== 'swap' && face.display !== 'optional') {
        fonts.add({
          problem: `@font-face “${face.family}” hides text while loading: set font-display: swap`,
        });
      }
      for (const path of face.files) {
        if (counted.has(path)) continue;
        counted.add(path);
        const file = read(path);
        fonts.add(file ? { bytes: file.length } : { problem: `font ${path} is missing` });
      }
    }
  }
  measurements.push({ page, budget: 'fonts', what: `Web fonts (${counted.size} files)`, ...fonts });

  for (const photo of document.querySelectorAll('.byline img')) {
    const candidates = [
      photo.getAttribute('src') ?? '',
      ...srcsetUrls(photo.getAttribute('srcset') ?? ''),
    ].filter(Boolean);
    const files = candidates.map((url) => ({ url, file: read(sitePathOf(url, pageUrl) ?? '') }));
    const missing = files.filter(({ file }) => !file).map(({ url }) => `author photo ${url} is missing`);
    measurements.push({
      page,
      budget: 'authorPhoto',
      what: `Author photo ${photo.getAttribute('src')}`,
      bytes: Math.max(0, ...files.map(({ file }) => file?.length ?? 0)),
      problems: missing,
    });
  }

  for (const meta of document.querySelectorAll('meta[property="og:image"]')) {
    const content = meta.getAttribute('content') ?? '';
    const path = sitePathOf(content, pageUrl);
    const file = path && read(path);
    measurements.push({
      page,
      budget: 'socialImage',
      what: `Social image ${path ?? content}`,
      bytes: file ? file.length : 0,
      problems: file ? [] : [`og:image ${content} is missing from the build`],
    });
  }
  return measurements;
}

/** Why a measurement fails, or nothing when it is within budget. */
export function failures(measurement: Measurement): string[] {
  const limit = budgets[measurement.budget];
  const over =
    measurement.bytes > limit
      ? [`${measurement.what} is ${measurement.bytes} bytes, over the budget of ${limit} bytes`]
      : [];
  return [...over, ...measurement.problems].map((problem) => `${measurement.page}: ${problem}`);
}
