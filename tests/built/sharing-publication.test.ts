import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishingEnv } from '../../tools/publishing-env';
import { getSocialImage } from '../../src/sharing/social-image';
import { formatReaderDate } from '../../src/content-model/offset-date-time';
import type { Locale } from '../../src/config/site';
import { t } from '../../src/i18n/ui';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { builtFileFor, jsonLdOf, pageHtml, previewOf } from '../support/previews';
import { listFiles, listPages, readPage, textOf } from '../support/site';

/**
 * A fixture with two published op-eds (one in Kazakh by two authors, one with
 * markup in its headline), a draft and an op-ed scheduled for 2999, built
 * twice with one social-image cache.
 */
const fixture = 'sharing-drafts-and-schedule';
const origin = 'https://opinion.example.kz';
const published = { kazakh: 'kazakh-after-the-vote', script: 'script-in-the-headline' };
const hidden = [
  { slug: 'still-a-draft', title: 'A draft nobody should see' },
  { slug: 'scheduled-for-later', title: 'An op-ed scheduled for the far future' },
];
const scriptHeadline = '</script><script>alert(1)</script> & other “tricks” in a headline';

let full: FixtureBuild;
let again: FixtureBuild;
let cacheDir: string;
let cacheAfterFirst: Map<string, number>;

const cacheState = () =>
  new Map(readdirSync(cacheDir).map((file) => [file, statSync(join(cacheDir, file)).mtimeMs]));
const read = (build: FixtureBuild, path: string) => readFileSync(join(build.outDir, path), 'utf-8');

beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  full = buildFixture(fixture, { SOCIAL_IMAGE_CACHE_DIR: cacheDir });
  if (full.status !== 0) throw new Error(`Fixture build failed:\n${full.output}`);
  cacheAfterFirst = cacheState();
  again = buildFixture(fixture, { SOCIAL_IMAGE_CACHE_DIR: cacheDir });
});

describe('drafts and scheduled op-eds', () => {
  it('appear in no page, image, feed or sitemap', () => {
    const files = listFiles(full.outDir);
    const feeds = ['rss.xml', ...files.filter((file) => file.endsWith('/rss.xml'))].map((file) =>
      parseFeed(read(full, file)),
    );
    const jsonFeed = files
      .filter((file) => file.endsWith('feed.json'))
      .map((file) => read(full, file))
      .join('\n');
    const sitemap = read(full, 'sitemap-0.xml');
    for (const { slug, title } of hidden) {
      expect(files.filter((file) => file.includes(slug))).toEqual([]);
      for (const feed of feeds) {
        expect(feed.items.map((item) => item.title)).not.toContain(title);
      }
      expect(jsonFeed).not.toContain(slug);
      expect(sitemap).not.toContain(slug);
      for (const page of listPages(full.outDir)) {
        expect(textOf(readPage(page, full.outDir).body), page).not.toContain(title);
      }
    }
    const unpublishedWriter = parseFeed(read(full, 'authors/unpublished-writer/rss.xml'));
    expect(unpublishedWriter.items).toEqual([]);
  });

  it('while published ones appear in all of them', () => {
    // Each front page's feeds carry the op-eds in its language.
    const rss = { items: ['rss.xml', 'kk/rss.xml'].flatMap((file) => parseFeed(read(full, file)).items) };
    const json = {
      items: ['feed.json', 'kk/feed.json'].flatMap(
        (file) => (JSON.parse(read(full, file)) as { items: { url: string }[] }).items,
      ),
    };
    const sitemap = parseHTML(read(full, 'sitemap-0.xml')).document;
    const locs = [...sitemap.querySelectorAll('loc')].map((loc) => loc.textContent);
    for (const slug of Object.values(published)) {
      const url = `${origin}/opinion/${slug}/`;
      expect(rss.items.map((item) => item.url)).toContain(url);
      expect(json.items.map((item) => item.url)).toContain(url);
      expect(locs).toContain(url);
      expect(existsSync(join(full.outDir, 'og', `${slug}.png`))).toBe(true);
    }
  });
});

describe('a Kazakh op-ed by two authors', () => {
  const path = `/opinion/${published.kazakh}/`;

  it('previews in Kazakh, with a localized image description of the right size', async () => {
    const preview = await previewOf(pageHtml(path, full.outDir));
    expect(preview.ogLocale).toBe('kk_KZ');
    expect(preview.ogTitle).toBe('«Қазақстан: сайлаудан кейін не болады?»');
    const [image] = preview.ogImage!;
    expect(image!.alt).toMatch(/^Пікір: «Қазақстан/);
    expect(image!.alt).toContain('Әлия Нұрланқызы & Ivan Petrov');
    const { width, height } = await sharp(builtFileFor(image!.url, full.outDir)).metadata();
    expect([width, height]).toEqual([Number(image!.width), Number(image!.height)]);
  });

  it('names both authors and the update in its structured data and the sitemap', () => {
    const [article] = jsonLdOf(pageHtml(path, full.outDir)) as {
      author: { name: string; url: string }[];
      dateModified: string;
      inLanguage: string;
    }[];
    expect(article!.author).toMatchObject([
      { '@type': 'Person', '@id': `${origin}/authors/aliya/#person`, name: 'Әлия Нұрланқызы' },
      { '@type': 'Person', '@id': `${origin}/authors/ivan/#person`, name: 'Ivan Petrov' },
    ]);
    expect(article!.dateModified).toBe('2024-03-02T18:30:00+05:00');
    expect(article!.inLanguage).toBe('kk');
    const sitemap = parseHTML(read(full, 'sitemap-0.xml')).document;
    const entry = [...sitemap.querySelectorAll('url')].find(
      (url) => url.querySelector('loc')?.textContent === `${origin}${path}`,
    );
    expect(new Date(entry!.querySelector('lastmod')!.textContent!).getTime()).toBe(
      new Date('2024-03-02T18:30:00+05:00').getTime(),
    );
  });

  it('has its relative links made absolute in the feed, and is in both authors’ feeds', () => {
    const item = parseFeed(read(full, 'kk/rss.xml')).items.find((entry) => entry.url?.endsWith(path))!;
    const links = [...parseHTML(`<div>${item.content}</div>`).document.querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toContain(`${origin}/authors/ivan/`);
    for (const author of ['aliya', 'ivan']) {
      const feed = parseFeed(read(full, `authors/${author}/rss.xml`));
      expect(feed.items.map((entry) => entry.url)).toContain(`${origin}${path}`);
    }
  });
});

describe('a headline with markup in it', () => {
  it('reaches previews and JSON-LD as plain text and injects no script', async () => {
    const html = pageHtml(`/opinion/${published.script}/`, full.outDir);
    expect((await previewOf(html)).ogTitle).toBe(scriptHeadline);
    const [article] = jsonLdOf(html) as { headline: string }[];
    expect(article!.headline).toBe(scriptHeadline);
    const { document } = parseHTML(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.filter((script) => script.getAttribute('type') === 'application/ld+json')).toHaveLength(1);
    expect(scripts.map((script) => script.textContent)).not.toContain('alert(1)');
  });
});

describe('the social-image cache', () => {
  it('draws each op-ed once; the next build reuses the images unchanged', () => {
    expect(again.status).toBe(0);
    expect(cacheAfterFirst.size).toBe(Object.keys(published).length);
    expect(cacheState()).toEqual(cacheAfterFirst);
    for (const slug of Object.values(published)) {
      const file = join('og', `${slug}.png`);
      expect(readFileSync(join(again.outDir, file)).equals(readFileSync(join(full.outDir, file)))).toBe(true);
    }
  });

  it('is filled by a plain `astro build` too, with nothing drawn alongside it', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'plain-astro-build-'));
    const env = publishingEnv({
      ...process.env,
      CONTENT_DIR: join('tests/fixtures', fixture),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      SOCIAL_IMAGE_CACHE_DIR: join(scratch, 'og'),
    });
    const outDir = join(scratch, 'dist');
    const result = spawnSync('astro', ['build', '--outDir', outDir], { encoding: 'utf-8', env });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(scratch, 'og'))).toHaveLength(Object.keys(published).length);
    for (const slug of Object.values(published)) {
      const file = join('og', `${slug}.png`);
      expect(readFileSync(join(outDir, file)).equals(readFileSync(join(full.outDir, file))), slug).toBe(true);
    }
  });
});

describe('each published op-ed’s social image', () => {
  it('draws exactly the headline, byline, language and site name its page shows', async () => {
    // Images are drawn from the content files, outside Astro's pages: the
    // page, rendered by Astro, is the reference they must match.
    const drawnFromPage = mkdtempSync(join(tmpdir(), 'og-from-page-'));
    for (const slug of Object.values(published)) {
      const html = pageHtml(`/opinion/${slug}/`, full.outDir);
      const preview = await previewOf(html);
      const [article] = jsonLdOf(html) as {
        author: { name: string }[];
        inLanguage: Locale;
        datePublished: string;
      }[];
      const { png } = await getSocialImage(
        {
          headline: preview.ogTitle!,
          authors: article!.author.map((author) => author.name),
          siteName: preview.ogSiteName!,
          date: formatReaderDate(article!.datePublished, article!.inLanguage),
          kicker: t('opinion.kicker', article!.inLanguage),
          lang: article!.inLanguage,
        },
        drawnFromPage,
      );
      expect(png.equals(readFileSync(join(full.outDir, 'og', `${slug}.png`))), slug).toBe(true);
    }
  });
});
