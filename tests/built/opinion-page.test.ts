import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage, textOf } from '../support/site';
import { site } from '../../src/config/site';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
// A verbatim copy of the seed the user supplied: line 1 pull quote, line 2 disclaimer, then the body.
const [pullQuote, disclaimer, ...bodyLines] = readFileSync(
  'tests/fixtures/seed/000_52b364d7740e111a.txt',
  'utf-8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');

let page: Document;
beforeAll(() => {
  assertBuilt();
  page = readPage(seedPath);
});

describe('the seed op-ed page', () => {
  it('carries every sentence of the seed body, in order', () => {
    const article = textOf(page.querySelector('article .body'));
    let from = 0;
    for (const line of bodyLines) {
      for (const sentence of line.split(/(?<=[.?!:])\s+/)) {
        const at = article.indexOf(sentence, from);
        expect(at, `missing or out of order: ${sentence}`).toBeGreaterThanOrEqual(0);
        from = at + sentence.length;
      }
    }
  });

  it('adds nothing to the body beyond the seed and the point links', () => {
    const body = page.querySelector('article .body')!.cloneNode(true) as Element;
    body.querySelectorAll('.point-link, .anchor').forEach((link) => link.remove());
    expect(textOf(body).replace(/\s/g, '')).toBe(bodyLines.join('').replace(/\s/g, ''));
  });

  it('shows the disclaimer banner from the site config before the body', () => {
    expect(disclaimer).toBe(site.disclaimer.en);
    const banners = page.querySelectorAll('[role="note"]');
    expect(banners).toHaveLength(1);
    const banner = banners[0]!;
    expect(textOf(banner.querySelector('p'))).toBe(site.disclaimer.en);
    expect(banner.querySelector('a')?.getAttribute('href')).toBe('/opinion-policy/');
    const body = page.querySelector('article .body')!;
    // DOCUMENT_POSITION_FOLLOWING: the body comes after the banner.
    expect(banner.compareDocumentPosition(body) & 4).toBeTruthy();
    expect(textOf(body)).not.toContain(site.disclaimer.en);
  });

  it('shows the pull quote once, hidden from screen readers', () => {
    const quotes = page.querySelectorAll('.pull-quote');
    expect(quotes).toHaveLength(1);
    expect(textOf(quotes[0])).toBe(pullQuote);
    expect(quotes[0]!.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('marks the two enumerations up as ordered lists of 3 and 4 linkable points', () => {
    const lists = [...page.querySelectorAll('article .body ol')];
    expect(lists.map((list) => list.querySelectorAll(':scope > li').length)).toEqual([3, 4]);
    for (const list of lists) {
      expect(list.getAttribute('role')).toBe('list');
      for (const [index, item] of [...list.querySelectorAll(':scope > li')].entries()) {
        expect(item.id).toMatch(new RegExp(`-${index + 1}$`));
        const link = item.querySelector(`a[href="#${item.id}"]`);
        expect(link, `point ${item.id} has no link to itself`).not.toBeNull();
        expect(link!.getAttribute('aria-label')).toContain(String(index + 1));
      }
    }
    expect(lists[1]!.querySelector('li')!.id).toBe('whats-next-1');
    expect(textOf(lists[1]!.querySelectorAll('li')[3])).toContain('Fourth, no drastic changes');
  });

  it('has the two subheads as h2 with ids and self-links', () => {
    const headings = [...page.querySelectorAll('article .body h2')];
    expect(headings.map((h) => [textOf(h), h.id])).toEqual([
      ['About opposition', 'about-opposition'],
      ['What’s next?', 'whats-next'],
    ]);
    for (const heading of headings) {
      expect(page.querySelector(`a[href="#${heading.id}"]`)).not.toBeNull();
    }
  });

  it('has an Opinion kicker, the headline as the only h1, a byline and the date with its offset', () => {
    expect(textOf(page.querySelector('article .kicker'))).toBe('Opinion');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(page.querySelector('h1'))).toBe('After the 2019 election: what’s next for Kazakhstan');
    const byline = page.querySelector('a[rel="author"]');
    expect(byline?.getAttribute('href')).toBe('/authors/guest-contributor/');
    const time = page.querySelector('article header time');
    expect(time?.getAttribute('datetime')).toBe('2019-06-10T10:00:00+06:00');
    expect(textOf(time)).toBe('10 June 2019');
  });

  it('says before the headline that it was published in June 2019, and ends with who wrote it', () => {
    const header = page.querySelector('article header')!;
    expect(textOf(header.firstElementChild)).toBe('This op-ed was published in June 2019');
    expect(header.firstElementChild!.compareDocumentPosition(page.querySelector('h1')!) & 4).toBeTruthy();
    expect(textOf(page.querySelector('.about-author'))).toBe(
      'Guest contributor: An outside contributor writing in a personal capacity. The author’s name was not supplied with this article, so it is published under this entry.',
    );
    expect(page.querySelector('.byline img, .byline .role')).toBeNull();
  });

  it('needs no JavaScript to read: any script is an enhancement that never blocks rendering', () => {
    for (const script of page.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      expect(
        type === 'application/ld+json' || type === 'module',
        `blocking script: ${script.outerHTML}`,
      ).toBe(true);
    }
  });
});

describe('every page', () => {
  it('declares its language and has a skip link to an element that exists', () => {
    for (const path of listPages()) {
      const doc = readPage(path.endsWith('.html') ? path : path);
      expect(doc.documentElement.getAttribute('lang'), path).toMatch(/^(en|ru|kk)$/);
      const skip = doc.querySelector('a.skip-link');
      expect(skip, path).not.toBeNull();
      expect(doc.getElementById(skip!.getAttribute('href')!.slice(1)), path).not.toBeNull();
    }
  });
});

describe('home and author pages', () => {
  it('lists the op-ed on the home page with headline, standfirst, author and date', () => {
    const home = readPage('/');
    const link = home.querySelector(`a[href="${seedPath}"]`);
    expect(textOf(link)).toBe('After the 2019 election: what’s next for Kazakhstan');
    const summary = link!.closest('article')!;
    expect(textOf(summary)).toContain('A voter who cast a ballot abroad');
    expect(textOf(summary)).toContain('Guest contributor');
    expect(summary.querySelector('time')?.getAttribute('datetime')).toBe('2019-06-10T10:00:00+06:00');
  });

  it('lists the op-ed on its author’s page, which says what the entry is', () => {
    const author = readPage('/authors/guest-contributor/');
    expect(textOf(author.querySelector('h1'))).toBe('Guest contributor');
    expect(textOf(author.querySelector('main'))).toContain('writing in a personal capacity');
    expect(author.querySelector(`a[href="${seedPath}"]`)).not.toBeNull();
  });

  it('has a 404 page that links home', () => {
    const notFound = readPage('/404.html');
    expect(textOf(notFound.querySelector('h1'))).toBe('Page not found');
    expect(notFound.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
