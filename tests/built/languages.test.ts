import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { listPages, readPage, textOf } from '../support/site';

/**
 * An English op-ed with a Russian translation and a Kazakh translation of
 * the Russian, plus a draft, built from tests/fixtures/russian-translation-and-draft.
 */
const english = '/opinion/voting-abroad/';
const russian = '/opinion/golosovanie-za-rubezhom/';
const kazakh = '/opinion/shetelde-dauys-beru/';
let build: FixtureBuild;
const page = (path: string) => readPage(path, build.outDir);

beforeAll(() => {
  build = buildFixture('russian-translation-and-draft');
  if (!build.published) throw new Error(`The fixture did not build:\n${build.output}`);
});

describe('a Russian op-ed', () => {
  it('speaks Russian: language, kicker, disclaimer, dates and quotes', () => {
    const document = page(russian);
    expect(document.documentElement.getAttribute('lang')).toBe('ru');
    expect(textOf(document.querySelector('.kicker'))).toBe('Мнение');
    expect(textOf(document.querySelector('[role="note"]'))).toBe(site.disclaimer.ru);
    expect(textOf(document.querySelector('time'))).toBe('10 июня 2019 г.');
    expect(textOf(document.querySelector('.body p'))).toContain('«историческим моментом»');
    expect(document.querySelector('.point-link')?.getAttribute('aria-label')).toBe('Ссылка на пункт 1');
  });

  it('keeps “” quotes and English dates in the English original', () => {
    const document = page(english);
    expect(textOf(document.querySelector('.body p'))).toContain('“a historic moment”');
    expect(textOf(document.querySelector('time'))).toBe('10 June 2019');
  });

  it('shows a Kazakh headline with Kazakh UI strings and date', () => {
    const document = page(kazakh);
    expect(document.documentElement.getAttribute('lang')).toBe('kk');
    expect(textOf(document.querySelector('h1'))).toBe('Шетелде алғаш рет дауыс бердім');
    expect(textOf(document.querySelector('.kicker'))).toBe('Пікір');
    expect(textOf(document.querySelector('[role="note"]'))).toBe(site.disclaimer.kk);
    expect(textOf(document.querySelector('time'))).toBe('2019 ж. 10 маусым');
    expect(textOf(document.querySelector('.body p'))).toContain('«тарихи сәт»');
  });

  it('offers the other versions as visible links, each language named in itself', () => {
    const links = [...page(russian).querySelectorAll('nav[aria-label="На других языках"] a')];
    expect(links.map((link) => [textOf(link), link.getAttribute('href')])).toEqual([
      ['Читать на языке: English', english],
      ['Читать на языке: Қазақша', kazakh],
    ]);
    expect(links[0]!.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('has an og:locale and og:image that match the page, where the head provides them', () => {
    const document = page(russian);
    const locale = document.querySelector('meta[property="og:locale"]')?.getAttribute('content');
    if (locale !== undefined) expect(locale).toBe('ru_RU');
    const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    if (image !== undefined && image !== null) {
      const url = new URL(image);
      expect(url.origin).toBe(site.url);
      expect(existsSync(join(build.outDir, decodeURIComponent(url.pathname)))).toBe(true);
    }
  });
});

describe('hreflang alternates', () => {
  const alternatesOf = (document: Document) =>
    new Map(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang')!,
        link.getAttribute('href')!,
      ]),
    );

  it('link every version to every other, itself and the original as x-default', () => {
    const expected = new Map([
      ['en', `${site.url}${english}`],
      ['ru', `${site.url}${russian}`],
      ['kk', `${site.url}${kazakh}`],
      ['x-default', `${site.url}${english}`],
    ]);
    for (const path of [english, russian, kazakh]) expect(alternatesOf(page(path))).toEqual(expected);
  });

  it('point only at pages that exist, in the language claimed, and that link back', () => {
    const pages = listPages(build.outDir);
    let checked = 0;
    for (const path of pages.filter((path) => path.startsWith('/opinion/'))) {
      const alternates = alternatesOf(page(path));
      const self = `${site.url}${path}`;
      if (alternates.size > 0) expect([...alternates.values()]).toContain(self);
      for (const [hreflang, href] of alternates) {
        const target = new URL(href).pathname;
        expect(pages, `${path} → ${href}`).toContain(target);
        const targetDocument = page(target);
        if (hreflang !== 'x-default') {
          expect(targetDocument.documentElement.getAttribute('lang')).toBe(hreflang);
        }
        expect([...alternatesOf(targetDocument).values()], `${target} links back to ${path}`).toContain(self);
        checked += 1;
      }
    }
    expect(checked).toBe(12);
  });

  it('are in the sitemap too', () => {
    const xml = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf-8');
    const sitemap = new DOMParser().parseFromString(xml, 'text/xml');
    const entry = [...sitemap.getElementsByTagName('url')].find(
      (url) => textOf(url.getElementsByTagName('loc')[0]) === `${site.url}${kazakh}`,
    );
    const links = [...(entry?.getElementsByTagName('xhtml:link') ?? [])].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['en', `${site.url}${english}`],
      ['ru', `${site.url}${russian}`],
      ['kk', `${site.url}${kazakh}`],
      ['x-default', `${site.url}${english}`],
    ]);
  });
});

describe('a draft', () => {
  it('gets no page and appears in no listing', () => {
    expect(listPages(build.outDir)).not.toContain('/opinion/unpublished-draft/');
    expect(textOf(page('/').querySelector('main'))).not.toContain('A draft that must not be found');
  });
});

describe('translationOf naming no op-ed', () => {
  it('stops the build, naming the file, the field and the fix', () => {
    const failed = buildFixture('translation-of-unknown-op-ed');
    expect(failed.status).not.toBe(0);
    expect(failed.published).toBe(false);
    expect(failed.output).toMatch(
      /orphan-translation\.mdx: translationOf: “no-such-op-ed” is not an op-ed\. Write the file name/,
    );
  });
});

describe('the 404 page', () => {
  it('says so in every language the site publishes in, each linking to its own front page', () => {
    const notFound = page('/404.html');
    const blocks = [
      {
        lang: 'en',
        heading: textOf(notFound.querySelector('h1')),
        home: notFound.querySelector('main > div > p > a'),
      },
      ...[...notFound.querySelectorAll('main section[lang]')].map((section) => ({
        lang: section.getAttribute('lang'),
        heading: textOf(section.querySelector('h2')),
        home: section.querySelector('a'),
      })),
    ];
    expect(blocks.map(({ lang, heading, home }) => [lang, heading, home?.getAttribute('href')])).toEqual([
      ['en', 'Page not found', '/'],
      ['ru', 'Страница не найдена', '/ru/'],
      ['kk', 'Бет табылмады', '/kk/'],
    ]);
    expect(textOf(blocks[1]!.home)).toBe('К свежим колонкам');
  });
});
