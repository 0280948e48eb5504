import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSocialImage } from '../../src/sharing/social-image';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/site';
import { builtFileFor, jsonLdOf, pageHtml, previewOf, previewReadLimit } from '../support/previews';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
const seedUrl = `https://opinion.example.kz${seedPath}`;
const meta = (document: Document, property: string) =>
  [...document.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)].map((element) =>
    element.getAttribute('content'),
  );

describe('the seed op-ed as a link preview', () => {
  it('shows title, description, large image, site name, type and locale', async () => {
    const preview = await previewOf(pageHtml(seedPath));
    expect(preview).toMatchObject({
      ogTitle: 'After the 2019 election: what’s next for Kazakhstan',
      ogDescription:
        'A voter who cast a ballot abroad on what made the June 2019 presidential election different, and what to expect from the new administration.',
      ogSiteName: 'The Steppe Opinion',
      ogType: 'article',
      ogLocale: 'en_GB',
      ogUrl: seedUrl,
      twitterCard: 'summary_large_image',
    });
    expect(preview.ogImage).toEqual([
      expect.objectContaining({
        url: 'https://opinion.example.kz/og/kazakhstan-after-the-2019-election.png',
        width: '1200',
        height: '630',
        type: 'image/png',
      }),
    ]);
    expect(preview.ogImage![0]!.alt).toContain('After the 2019 election');
  });

  it('dates its share image, so a 2019 op-ed never looks like this week’s news', async () => {
    const preview = await previewOf(pageHtml(seedPath));
    expect(preview.ogImage![0]!.alt).toMatch(/, 10 June 2019$/);
    const built = readFileSync(builtFileFor(preview.ogImage![0]!.url));
    const input = {
      headline: preview.ogTitle!,
      authors: ['Guest contributor'],
      siteName: preview.ogSiteName!,
      kicker: 'Opinion',
      lang: 'en',
    };
    const scratch = mkdtempSync(join(tmpdir(), 'og-seed-'));
    expect((await getSocialImage({ ...input, date: '10 June 2019' }, scratch)).png.equals(built)).toBe(true);
    expect((await getSocialImage({ ...input, date: '' }, scratch)).png.equals(built)).toBe(false);
  });

  it('says it is an Opinion piece, when and by whom', () => {
    const document = readPage(seedPath);
    expect(meta(document, 'article:section')).toEqual(['Opinion']);
    expect(meta(document, 'article:published_time')).toEqual(['2019-06-10T10:00:00+06:00']);
    expect(meta(document, 'article:modified_time')).toEqual(['2019-06-10T10:00:00+06:00']);
    expect(meta(document, 'article:author')).toEqual([
      'https://opinion.example.kz/authors/guest-contributor/',
    ]);
    expect(meta(document, 'article:tag')).toEqual(['kazakhstan', 'elections', 'politics']);
    expect(meta(document, 'robots')[0]).toContain('max-image-preview:large');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(seedUrl);
  });

  it('previews non-article pages as a website', async () => {
    expect((await previewOf(pageHtml('/'))).ogType).toBe('website');
    expect(meta(readPage('/'), 'article:section')).toEqual([]);
  });
});

describe('every page', () => {
  it.each(listPages().filter((page) => !page.endsWith('.html')))(
    '%s ends <head> within the first 300 KB, and the preview is readable from that much alone',
    async (page) => {
      const html = pageHtml(page);
      const prefix = Buffer.from(html).subarray(0, previewReadLimit).toString('utf-8');
      const { document } = parseHTML(prefix);
      // The truncated parse still has the whole head: body content begins inside the limit.
      expect(document.querySelector('body')?.firstElementChild).toBeTruthy();
      const full = await previewOf(html);
      const truncated = await previewOf(prefix);
      expect(truncated.ogTitle).toBe(full.ogTitle);
      expect(truncated.ogImage).toEqual(full.ogImage);
      expect(Buffer.byteLength(html.slice(0, html.indexOf('<body')))).toBeLessThan(previewReadLimit);
    },
  );

  it('links its feeds, favicon and manifest', () => {
    for (const page of listPages()) {
      const document = readPage(page);
      const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((link) =>
        link.getAttribute('href'),
      );
      expect(alternates, page).toEqual(expect.arrayContaining(['/rss.xml', '/feed.json']));
      for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]', 'link[rel="manifest"]']) {
        const href = document.querySelector(selector)?.getAttribute('href');
        expect(href && existsSync(join(distDir, href)), `${page} ${selector}`).toBe(true);
      }
    }
  });
});

describe('social images', () => {
  it('match their declared size, are PNGs and weigh at most 300 KB', async () => {
    const pages = listPages().filter((page) => page.startsWith('/opinion/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const [image] = (await previewOf(pageHtml(page))).ogImage!;
      const file = builtFileFor(image!.url);
      const metadata = await sharp(file).metadata();
      // open-graph-scraper reports sizes as the strings in the markup.
      expect({ width: metadata.width, height: metadata.height, format: metadata.format }, page).toEqual({
        width: Number(image!.width),
        height: Number(image!.height),
        format: 'png',
      });
      expect(statSync(file).size).toBeLessThanOrEqual(300 * 1024);
    }
  });

  it('comes with icons of the sizes the manifest declares', async () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf-8')) as {
      name: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe('The Steppe Opinion');
    for (const icon of manifest.icons.filter((icon) => icon.type === 'image/png')) {
      const { width, height } = await sharp(join(distDir, icon.src)).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });
});

const person = z.object({
  '@type': z.literal('Person'),
  '@id': z.url(),
  name: z.string().min(1),
  url: z.url(),
  description: z.string().min(1),
  image: z.url().optional(),
  sameAs: z.array(z.url()).optional(),
});
const imageObject = z.object({
  '@type': z.literal('ImageObject'),
  url: z.url(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
const opinionNewsArticle = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('OpinionNewsArticle'),
  headline: z.string().min(1).max(200),
  description: z.string().min(1),
  datePublished: isoWithOffset,
  dateModified: isoWithOffset,
  author: z.array(person).min(1),
  publisher: z.object({
    '@type': z.literal('NewsMediaOrganization'),
    name: z.string().min(1),
    url: z.url(),
    logo: imageObject,
    publishingPrinciples: z.url(),
    correctionsPolicy: z.url(),
    ethicsPolicy: z.url(),
    masthead: z.url(),
  }),
  image: imageObject,
  mainEntityOfPage: z.object({ '@type': z.literal('WebPage'), '@id': z.url() }),
  inLanguage: z.enum(['en', 'ru', 'kk']),
  articleSection: z.literal('Opinion'),
  isAccessibleForFree: z.literal(true),
});

describe('structured data', () => {
  it('describes the seed op-ed as an OpinionNewsArticle', async () => {
    const [data, ...rest] = jsonLdOf(pageHtml(seedPath));
    expect(rest).toEqual([]);
    const article = opinionNewsArticle.parse(data);
    expect(article).toMatchObject({
      headline: 'After the 2019 election: what’s next for Kazakhstan',
      datePublished: '2019-06-10T10:00:00+06:00',
      mainEntityOfPage: { '@id': seedUrl },
      author: [
        {
          '@id': 'https://opinion.example.kz/authors/guest-contributor/#person',
          name: 'Guest contributor',
          url: 'https://opinion.example.kz/authors/guest-contributor/',
          description: expect.stringContaining('An outside contributor'),
        },
      ],
      inLanguage: 'en',
    });
    // The unnamed guest gets no invented photo or profiles.
    expect(article.author[0]).not.toHaveProperty('image');
    expect(article.author[0]).not.toHaveProperty('sameAs');
    for (const image of [article.image, article.publisher.logo]) {
      const { width, height } = await sharp(builtFileFor(image.url)).metadata();
      expect({ width, height }).toEqual({ width: image.width, height: image.height });
    }
    // Every URL it names is a page or file of this site.
    const { publishingPrinciples, correctionsPolicy, ethicsPolicy, masthead } = article.publisher;
    for (const url of [
      article.author[0]!.url,
      article.mainEntityOfPage['@id'],
      publishingPrinciples,
      correctionsPolicy,
      ethicsPolicy,
      masthead,
    ]) {
      expect(existsSync(join(builtFileFor(url), 'index.html'))).toBe(true);
    }
  });
});

describe('discovery', () => {
  it('robots.txt points at the sitemap index, which lists the op-ed with its date', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf-8');
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe('https://opinion.example.kz/sitemap-index.xml');
    const { document: index } = parseHTML(readFileSync(builtFileFor(sitemapUrl!), 'utf-8'));
    const sitemaps = [...index.querySelectorAll('sitemap > loc')].map((loc) => loc.textContent!);
    const entries = sitemaps.flatMap((url) => {
      const { document } = parseHTML(readFileSync(builtFileFor(url), 'utf-8'));
      return [...document.querySelectorAll('url')].map((entry) => ({
        loc: entry.querySelector('loc')?.textContent,
        lastmod: entry.querySelector('lastmod')?.textContent,
      }));
    });
    const seed = entries.find((entry) => entry.loc === seedUrl);
    expect(new Date(seed!.lastmod!).toISOString()).toBe(new Date('2019-06-10T10:00:00+06:00').toISOString());
  });
});
