import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser, parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/deploy/headers';
import { checkHtml } from '../../tools/gates/check-html.mjs';
import { checkLinks } from '../../tools/gates/check-links.mjs';
import { readSitemap } from '../../tools/gates/read-sitemap.mjs';
import { publishingEnv } from '../../tools/publishing-env';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { serveWithNginx } from '../support/nginx';
import { jsonLdOf, pageHtml, previewOf } from '../support/previews';
import { readPage, textOf } from '../support/site';
import type { SiteServer } from '../support/browser';

/**
 * tests/fixtures/trust-signals, built as of 1 December 2026: an op-ed with
 * two corrections and an old address, by an author with a role, a bio in two
 * languages, a photo and links; a withdrawn op-ed with an old address; a
 * recent Kazakh op-ed by the same author (her bio falls back to English).
 */
const corrected = '/opinion/regional-reform-still-matters/';
const recent = '/opinion/recent-op-ed/';
const russian = '/opinion/regionalnaya-reforma/';
const oldAddress = '/opinion/regional-reform-matters/';
const withdrawn = ['/opinion/taken-down-op-ed/', '/opinion/column-we-took-down/'];
const authorPage = '/authors/aigerim-nurlanova/';
const origin = 'https://opinion.example.kz';

let build: FixtureBuild;
const page = (path: string) => readPage(path, build.outDir);
const json = <T>(path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf-8')) as T;

interface Person {
  '@id': string;
  name: string;
  description: string;
  image?: string;
  sameAs?: string[];
}
interface Article {
  dateModified: string;
  author: Person[];
  correction: { '@type': string; datePublished: string; text: string }[];
  publisher: Record<string, string>;
}
const articleOf = (path: string) => jsonLdOf(pageHtml(path, build.outDir))[0] as Article;

beforeAll(() => {
  build = buildFixture('trust-signals', { BUILD_TIME: '2026-12-01T00:00:00Z' });
  if (!build.published) throw new Error(`The fixture did not build:\n${build.output}`);
});

describe('corrections and clarifications', () => {
  it('shows each as a dated note at the foot, in the order written', () => {
    const notes = [...page(corrected).querySelectorAll('#corrections p')].map((note) => textOf(note));
    expect(textOf(page(corrected).querySelector('#corrections h2'))).toBe('Corrections and clarifications');
    expect(notes).toEqual([
      'Correction, 7 March 2024: An earlier version said the reform was announced in 2021. It was announced in 2022.',
      'Clarification, 9 March 2024: We have made clear that the budget figures are the ministry’s own estimates.',
    ]);
  });

  it('says under the byline that the op-ed has a note, linking to the notes', () => {
    const line = page(corrected).querySelector('.byline + .corrected');
    expect(textOf(line)).toBe('This op-ed was clarified on 9 March 2024. See the note');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('#corrections');
    expect(page(recent).querySelector('.corrected, #corrections')).toBeNull();
  });

  it('puts them in JSON-LD, dating the op-ed modified at the newest', () => {
    const article = articleOf(corrected);
    expect(article.dateModified).toBe('2024-03-09T16:00:00+05:00');
    expect(article.correction.map(({ datePublished, text }) => [datePublished, text.slice(0, 20)])).toEqual([
      ['2024-03-07T10:30:00+06:00', 'An earlier version s'],
      ['2024-03-09T16:00:00+05:00', 'We have made clear t'],
    ]);
    expect(article.correction.every((entry) => entry['@type'] === 'CorrectionComment')).toBe(true);
  });

  it('shows them in feed items, with the updated date', async () => {
    const rss = parseFeed(readFileSync(join(build.outDir, 'rss.xml'), 'utf-8'));
    const item = rss.items.find((entry) => entry.url === `${origin}${corrected}`)!;
    const text = (html: string | null | undefined) =>
      textOf(parseHTML(`<!doctype html><html><body>${html ?? ''}</body></html>`).document.body);
    expect(text(item.content)).toContain('Correction, 7 March 2024: An earlier version said');
    // The feed parser reads no updated date from RSS items, so the item's atom:updated is read from the XML.
    const xml = new DOMParser().parseFromString(
      readFileSync(join(build.outDir, 'rss.xml'), 'utf-8'),
      'text/xml',
    );
    const rssItem = [...xml.querySelectorAll('item')].find(
      (element) => element.querySelector('link')?.textContent === `${origin}${corrected}`,
    );
    expect(rssItem?.getElementsByTagName('atom:updated')[0]?.textContent).toBe('2024-03-09T16:00:00+05:00');
    const feed = json<{ items: { url: string; date_modified: string; content_html: string }[] }>('feed.json');
    const entry = feed.items.find(({ url }) => url === `${origin}${corrected}`)!;
    expect(entry.date_modified).toBe('2024-03-09T16:00:00+05:00');
    expect(text(entry.content_html)).toContain('Clarification, 9 March 2024: We have made clear');
  });
});

describe('who the author is', () => {
  it('shows the role and a small photo in the byline', () => {
    const byline = page(corrected).querySelector('.byline .authors')!;
    expect(textOf(byline)).toBe('By Aigerim Nurlanova, Political scientist, Almaty');
    const photo = byline.querySelector('img')!;
    expect([photo.getAttribute('width'), photo.getAttribute('height'), photo.getAttribute('alt')]).toEqual([
      '40',
      '40',
      '',
    ]);
    expect(existsSync(join(build.outDir, photo.getAttribute('src')!))).toBe(true);
  });

  it('ends the op-ed with the bio in its language, falling back to English', () => {
    expect(textOf(page(russian).querySelector('.about-author'))).toContain(
      'Айгерим Нурланова преподаёт сравнительную политологию',
    );
    expect(textOf(page(russian).querySelector('.byline .authors'))).toContain('Политолог, Алматы');
    expect(textOf(page(recent).querySelector('.about-author'))).toContain(
      'Aigerim Nurlanova teaches comparative politics',
    );
  });

  it('invents nothing for the unnamed guest contributor', () => {
    const authors = page(russian).querySelectorAll('.byline .author');
    expect(textOf(authors[1])).toBe('Guest contributor');
    expect(authors[1]!.querySelector('img')).toBeNull();
    const guest = articleOf(russian).author[1]!;
    expect(guest).not.toHaveProperty('image');
    expect(guest).not.toHaveProperty('sameAs');
  });

  it('describes the author as one Person in the op-ed and on the author’s ProfilePage', () => {
    const [person] = articleOf(corrected).author;
    expect(person).toMatchObject({
      '@id': `${origin}${authorPage}#person`,
      description: expect.stringContaining('teaches comparative politics'),
      sameAs: ['https://aigerim.example.org/', 'https://mastodon.example.org/@aigerim'],
    });
    expect(existsSync(join(build.outDir, new URL(person!.image!).pathname))).toBe(true);
    const [profile] = jsonLdOf(pageHtml(authorPage, build.outDir)) as {
      '@type': string;
      mainEntity: Person;
    }[];
    expect(profile!['@type']).toBe('ProfilePage');
    expect(profile!.mainEntity['@id']).toBe(person!['@id']);
  });
});

describe('how old it is', () => {
  it('says so before the headline of an op-ed over a year old, once', () => {
    const header = page(corrected).querySelector('article header')!;
    const notice = header.firstElementChild;
    expect(textOf(notice)).toBe('This op-ed was published in March 2024');
    expect(header.textContent!.match(/was published in/g)).toHaveLength(1);
    expect(page(recent).querySelector('.age-notice')).toBeNull();
  });

  it('uses the op-ed’s language', () => {
    expect(textOf(page(russian).querySelector('.age-notice'))).toBe(
      'Эта колонка была опубликована давно: март 2024 г.',
    );
  });

  it('leaves feeds and JSON-LD as they are', () => {
    expect(readFileSync(join(build.outDir, 'rss.xml'), 'utf-8')).not.toContain('was published in');
    expect(JSON.stringify(articleOf(corrected))).not.toContain('was published in');
  });

  it('dates the share image, as link previews read it', async () => {
    const preview = await previewOf(pageHtml(corrected, build.outDir));
    expect(preview.ogImage![0]!.alt).toContain('5 March 2024');
  });
});

describe('the outlet’s standards', () => {
  it('names its standards pages as the publisher, in the op-ed’s language where they exist', () => {
    const paths = (article: Article) =>
      ['publishingPrinciples', 'correctionsPolicy', 'ethicsPolicy', 'masthead'].map(
        (key) => new URL(article.publisher[key]!).pathname,
      );
    expect(articleOf(corrected).publisher['@type']).toBe('NewsMediaOrganization');
    expect(paths(articleOf(corrected))).toEqual([
      '/opinion-policy/',
      '/corrections-policy/',
      '/opinion-policy/',
      '/about/',
    ]);
    expect(paths(articleOf(russian))).toEqual([
      '/ru/opinion-policy/',
      '/ru/corrections-policy/',
      '/ru/opinion-policy/',
      '/ru/about/',
    ]);
    for (const path of [...paths(articleOf(corrected)), ...paths(articleOf(russian))]) {
      expect(existsSync(join(build.outDir, path, 'index.html')), path).toBe(true);
    }
  });

  it('links them from the footer in the page’s language, and English where a language has none', () => {
    const footer = (path: string) =>
      [...page(path).querySelectorAll('footer nav a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(footer(russian)[0]).toEqual(['О нас', '/ru/about/']);
    expect(footer(recent)[0]).toEqual(['About us', '/about/']);
    expect(page(recent).querySelector('footer nav a')?.getAttribute('hreflang')).toBe('en');
  });

  it('keeps the disclaimer’s sentence and links it to the Opinion-section policy', () => {
    const banner = page(corrected).querySelector('.disclaimer')!;
    expect(textOf(banner.querySelector('p'))).toBe(
      'Publications in the Opinion section do not reflect the opinions of the editorial staff and are the personal opinions of authors.',
    );
    expect(banner.querySelector('a')?.getAttribute('href')).toBe('/opinion-policy/');
  });
});

describe('links that never break', () => {
  it('writes a 301 for the old address and a 410 for each withdrawn one into _redirects', () => {
    const rules = readFileSync(join(build.outDir, '_redirects'), 'utf-8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/\s+/));
    expect(rules).toEqual([
      [oldAddress, corrected, '301'],
      ...withdrawn.map((path) => [path, `${path}index.html`, '410']),
    ]);
  });

  it('leaves a page at the old address that sends readers on, with the canonical link', () => {
    const moved = page(oldAddress);
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${corrected}`);
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=${corrected}`,
    );
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe(corrected);
  });

  it('says in its language that a withdrawn op-ed was withdrawn, and when', () => {
    for (const path of withdrawn) {
      const notice = page(path);
      expect(notice.documentElement.getAttribute('lang')).toBe('ru');
      expect(textOf(notice.querySelector('main'))).toContain('1 февраля 2024 г. снята с публикации');
      expect(notice.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${path}`);
    }
  });

  it('keeps old and withdrawn addresses out of the sitemap, listings and feeds', () => {
    const listed = readSitemap(build.outDir).map((url) => url.pathname);
    for (const path of [oldAddress, ...withdrawn]) expect(listed).not.toContain(path);
    expect(textOf(page('/').querySelector('main'))).not.toContain('Колонка, которую мы сняли');
    expect(readFileSync(join(build.outDir, 'rss.xml'), 'utf-8')).not.toContain('taken-down-op-ed');
  });
});

describe('nginx with the build’s address rules', () => {
  let server: SiteServer;
  const request = (path: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> =>
    new Promise((resolve, reject) => {
      get(`${server.origin}${path}`, (response) => {
        let body = '';
        response.setEncoding('utf-8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      }).on('error', reject);
    });

  beforeAll(async () => {
    server = await serveWithNginx(build.outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the old address 301 with the new one as Location, with or without the slash', async () => {
    for (const path of [oldAddress, oldAddress.replace(/\/$/, '')]) {
      const response = await request(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe(corrected);
      expect(response.headers['x-content-type-options']).toBe(securityHeaders['X-Content-Type-Options']);
    }
  });

  it('answers withdrawn addresses 410 Gone with the notice page', async () => {
    for (const path of withdrawn) {
      const response = await request(path);
      expect(response.status, path).toBe(410);
      expect(response.body).toContain('снята с публикации');
      expect(response.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
    }
  });

  it('still serves the live op-ed and never the rules files', async () => {
    expect((await request(corrected)).status).toBe(200);
    expect((await request('/_redirects')).status).toBe(404);
    expect((await request('/nginx-redirects.conf')).status).toBe(404);
  });
});

describe('the gates on these pages', () => {
  it('pass the Nu HTML checker', () => {
    expect(checkHtml(build.outDir).filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('have no broken link, JSON-LD’s included', () => {
    expect(checkLinks(build.outDir)).toEqual([]);
    const broken = join(mkdtempSync(join(tmpdir(), 'trust-links-')), 'dist');
    cpSync(build.outDir, broken, { recursive: true });
    rmSync(join(broken, 'corrections-policy'), { recursive: true });
    expect(checkLinks(broken)).toContainEqual(
      expect.objectContaining({
        file: 'opinion/regional-reform-still-matters/index.html',
        attribute: 'JSON-LD',
        url: `${origin}/corrections-policy/`,
      }),
    );
  });

  it('stay within the byte budgets, the author’s photo within its own', () => {
    const size = spawnSync(process.execPath, ['tools/gates/size.ts'], {
      encoding: 'utf-8',
      env: { ...publishingEnv(process.env), DIST_DIR: build.outDir },
    });
    expect(size.status, `${size.stdout}\n${size.stderr}`).toBe(0);
    expect(size.stdout).toContain('Author photo');
  });
});
