import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { checkHtml } from '../../tools/gates/check-html.mjs';
import { checkLinks } from '../../tools/gates/check-links.mjs';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { englishUiIn } from '../support/english-ui';
import { listPages, readPage, textOf } from '../support/site';

/**
 * The read-on archive (tests/fixtures/read-on-archive): 14 published op-eds
 * in English, Russian and Kazakh by four authors on six topics, one article
 * in all three languages, a draft and a scheduled op-ed that share authors
 * and topics with the others.
 */
let build: FixtureBuild;
const page = (path: string) => readPage(path, build.outDir);
const langOf = (document: Document) => document.documentElement.getAttribute('lang');
const unpublished = ['/opinion/a-draft-never-listed/', '/opinion/zaplanirovannaya-kolonka/'];

beforeAll(() => {
  build = buildFixture('read-on-archive');
  if (!build.published) throw new Error(`The archive did not build:\n${build.output}`);
});

const opinionPages = () => listPages(build.outDir).filter((path) => path.startsWith('/opinion/'));

describe('onward reading', () => {
  it('ends every op-ed with up to three others in its own language, each with headline, standfirst, author and date', () => {
    expect(opinionPages()).toHaveLength(14);
    for (const path of opinionPages()) {
      const document = page(path);
      const entries = [...document.querySelectorAll('.onward article')];
      expect(entries, path).toHaveLength(3);
      expect(textOf(document.querySelector('.onward h2'))).toBe(
        { en: 'Read next', ru: 'Читайте также', kk: 'Сондай-ақ оқыңыз' }[langOf(document)!],
      );
      for (const entry of entries) {
        const href = entry.querySelector('.headline a')!.getAttribute('href')!;
        expect(href, path).not.toBe(path);
        expect(unpublished, path).not.toContain(href);
        expect(entry.getAttribute('lang'), `${path} → ${href}`).toBe(langOf(document));
        expect(langOf(page(href)), href).toBe(langOf(document));
        expect(textOf(entry.querySelector('.headline'))).toBe(textOf(page(href).querySelector('h1')));
        expect(textOf(entry.querySelector('.standfirst'))).toBe(
          textOf(page(href).querySelector('.standfirst')),
        );
        expect(textOf(entry.querySelector('.meta'))).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ · \S/);
        expect(entry.querySelector('time[datetime]')).not.toBeNull();
      }
    }
  });

  it('puts the same author first, then shared topics, then the newest', () => {
    const onward = (path: string) =>
      [...page(path).querySelectorAll('.onward .headline a')].map((link) => link.getAttribute('href'));
    // Ivan's other Russian op-ed first; no other Russian op-ed shares “economy”; then the newest.
    expect(onward('/opinion/tarify-na-teplo/')).toEqual([
      '/opinion/vybory-v-maslikhat/',
      '/opinion/voda-i-aral/',
      '/opinion/shkoly-na-tryokh-yazykakh/',
    ]);
    // Dana has no other Kazakh op-ed: Aigerim's shares “regions”, then the newest.
    expect(onward('/opinion/su-tapshylygy/')).toEqual([
      '/opinion/auyl-mektepteri/',
      '/opinion/memlekettik-til/',
      '/opinion/ush-tildi-synyp/',
    ]);
  });

  it('lets a reader reach every op-ed in their language from its front page without search', () => {
    for (const lang of site.locales) {
      const front = lang === 'en' ? '/' : `/${lang}/`;
      const seen = new Set<string>();
      const queue = [...page(front).querySelectorAll('.opinion-list .headline a')].map((a) =>
        a.getAttribute('href')!,
      );
      while (queue.length > 0) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        queue.push(
          ...[...page(path).querySelectorAll('.onward .headline a')].map((a) => a.getAttribute('href')!),
        );
      }
      const inLang = opinionPages().filter((path) => langOf(page(path)) === lang);
      expect([...seen].sort(), lang).toEqual(inLang.sort());
    }
  });
});

describe('a front page per language', () => {
  it('lists only op-eds in its language, in <html lang>', () => {
    for (const [path, lang, count] of [
      ['/', 'en', 6],
      ['/ru/', 'ru', 4],
      ['/kk/', 'kk', 4],
    ] as const) {
      const document = page(path);
      expect(langOf(document)).toBe(lang);
      const entries = [...document.querySelectorAll('.opinion-list article')];
      expect(entries.map((entry) => entry.getAttribute('lang'))).toEqual(Array(count).fill(lang));
    }
  });

  it('links the front pages to each other with hreflang, and lists them so in the sitemap', () => {
    const expected = [
      ['en', `${site.url}/`],
      ['ru', `${site.url}/ru/`],
      ['kk', `${site.url}/kk/`],
      ['x-default', `${site.url}/`],
    ];
    for (const path of ['/', '/ru/', '/kk/']) {
      const links = [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')];
      expect(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])).toEqual(
        expected,
      );
    }
    const xml = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf-8');
    const sitemap = new DOMParser().parseFromString(xml, 'text/xml');
    const entry = [...sitemap.getElementsByTagName('url')].find(
      (url) => textOf(url.getElementsByTagName('loc')[0]) === `${site.url}/kk/`,
    )!;
    expect(
      [...entry.getElementsByTagName('xhtml:link')].map((link) => [
        link.getAttribute('hreflang'),
        link.getAttribute('href'),
      ]),
    ).toEqual(expected);
  });

  it('has its own RSS and JSON feeds, in its language, offered in its head', () => {
    const document = page('/ru/');
    expect(document.querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe(
      '/ru/rss.xml',
    );
    expect(document.querySelector('link[type="application/feed+json"]')!.getAttribute('href')).toBe(
      '/ru/feed.json',
    );
    const rss = readFileSync(join(build.outDir, 'ru', 'rss.xml'), 'utf-8');
    expect(
      new DOMParser().parseFromString(rss, 'text/xml').getElementsByTagName('language')[0]!.textContent,
    ).toBe('ru');
    expect(parseFeed(rss).items.map((item) => item.title)).toEqual([
      'Арал учит нас считать воду',
      'Выборы в маслихат — не формальность',
      'Три языка в одном классе — это возможно',
      'Тарифы на тепло: платить больше, но знать за что',
    ]);
    const json = JSON.parse(readFileSync(join(build.outDir, 'kk', 'feed.json'), 'utf-8')) as {
      language: string;
      home_page_url: string;
      items: { language: string }[];
    };
    expect(json.language).toBe('kk');
    expect(json.home_page_url).toBe(`${site.url}/kk/`);
    expect(json.items.map((item) => item.language)).toEqual(['kk', 'kk', 'kk', 'kk']);
  });

  it('switches language to the same page where it exists, else to that language’s front page', () => {
    const switchOf = (path: string) =>
      [...page(path).querySelectorAll('nav.languages a')].map((link) => [
        link.getAttribute('hreflang'),
        link.getAttribute('href'),
      ]);
    expect(switchOf('/opinion/schools-in-three-languages/')).toEqual([
      ['ru', '/opinion/shkoly-na-tryokh-yazykakh/'],
      ['kk', '/opinion/ush-tildi-synyp/'],
    ]);
    expect(switchOf('/opinion/tarify-na-teplo/')).toEqual([
      ['en', '/'],
      ['kk', '/kk/'],
    ]);
    expect(switchOf('/ru/topics/water/')).toEqual([
      ['en', '/topics/water/'],
      ['kk', '/kk/topics/water/'],
    ]);
    expect(switchOf('/kk/search/')).toEqual([
      ['en', '/search/'],
      ['ru', '/ru/search/'],
    ]);
  });

  it('keeps header, navigation, topic, author and search pages in the reader’s language', () => {
    const ru = page('/ru/authors/ivan-petrov/');
    expect(langOf(ru)).toBe('ru');
    expect(textOf(ru.querySelector('h2'))).toBe('Статьи автора: Ivan Petrov');
    expect(
      [...ru.querySelectorAll('header nav[aria-label="Сайт"] a')].map((a) => [
        textOf(a),
        a.getAttribute('href'),
      ]),
    ).toEqual([['Поиск', '/ru/search/']]);
    expect(ru.querySelector('a.site-name')!.getAttribute('href')).toBe('/ru/');
    // The author's Russian op-eds first, then the others, each marked with its language.
    expect(
      [...ru.querySelectorAll('.opinion-list article')].map((entry) => entry.getAttribute('lang')),
    ).toEqual(['ru', 'ru', 'en']);
    const kk = page('/kk/search/');
    expect(textOf(kk.querySelector('h1'))).toBe('Пікір мақалаларынан іздеу');
    expect(kk.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/kk/search/');
    const topicOptions = [...kk.querySelectorAll('#search-topic option')].map((option) => [
      option.getAttribute('value'),
      textOf(option),
    ]);
    expect(topicOptions).toContainEqual(['water', 'Су']);
    // Dates in the reader's language, on the listing as on the op-ed.
    expect(textOf(page('/kk/').querySelector('.opinion-list time'))).toBe('2024 ж. 15 маусым');
  });

  it('contains no English UI string on any Russian or Kazakh page', () => {
    const pages = listPages(build.outDir).filter((path) => /^\/(ru|kk)\//.test(path));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) expect(englishUiIn(page(path), path.slice(1, 3)), path).toEqual([]);
    for (const path of opinionPages()) {
      const document = page(path);
      if (langOf(document) !== 'en') expect(englishUiIn(document, langOf(document)!), path).toEqual([]);
    }
  });

  it('would find English UI strings where there are some (the check can fail)', () => {
    expect(englishUiIn(page('/topics/water/'), 'en')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Search /)]),
    );
    expect(englishUiIn(page('/opinion/water-for-the-steppe/'), 'en').length).toBeGreaterThan(5);
  });
});

describe('topics with names', () => {
  it('shows each topic’s name in the reader’s language, never its tag', () => {
    const names = (path: string) =>
      [...page(path).querySelectorAll('.topics a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(names('/opinion/shkoly-na-tryokh-yazykakh/')).toEqual([
      ['Образование', '/ru/topics/education/'],
      ['Языковая политика', '/ru/topics/language/'],
    ]);
    expect(names('/opinion/ush-tildi-synyp/')).toEqual([
      ['Білім беру', '/kk/topics/education/'],
      ['Тіл саясаты', '/kk/topics/language/'],
    ]);
    const topic = page('/ru/topics/education/');
    expect(textOf(topic.querySelector('h1'))).toBe('Колонки на тему «Образование»');
    expect(textOf(topic.querySelector('.intro'))).toBe(
      'Школы, учителя и университеты — и реформы, которые до них доходят.',
    );
    for (const path of listPages(build.outDir)) {
      for (const link of page(path).querySelectorAll('a[href*="/topics/"]')) {
        const tag = /\/topics\/([^/]+)\/$/.exec(link.getAttribute('href')!)?.[1];
        if (tag) expect(textOf(link), `${path} → ${tag}`).not.toBe(tag);
      }
    }
  });

  it('lists on each language’s topic index every topic it has an op-ed on, by name', () => {
    expect([...page('/kk/topics/').querySelectorAll('main li a')].map(textOf)).toEqual([
      'Өңірлер',
      'Білім беру',
      'Тіл саясаты',
      'Су',
    ]);
    // No Kazakh op-ed is on elections: the English page's switch leads to the Kazakh front page.
    expect(listPages(build.outDir)).not.toContain('/kk/topics/elections/');
    const switchTo = [...page('/topics/elections/').querySelectorAll('nav.languages a')];
    expect(switchTo.map((link) => link.getAttribute('href'))).toEqual(['/ru/topics/elections/', '/kk/']);
  });
});

describe('the archive passes every gate', () => {
  it('has no broken internal link and no HTML error', () => {
    expect(checkLinks(build.outDir)).toEqual([]);
    expect(checkHtml(build.outDir).filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('keeps every op-ed within the byte budgets', () => {
    const size = spawnSync('node', ['tools/gates/size.ts'], {
      encoding: 'utf-8',
      env: { ...process.env, DIST_DIR: build.outDir },
    });
    expect(size.status, `${size.stdout}\n${size.stderr}`).toBe(0);
  });
});
