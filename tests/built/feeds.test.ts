import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { distDir, listPages, readPage, textOf } from '../support/site';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
const seedUrl = `https://opinion.example.kz${seedPath}`;
const read = (path: string) => readFileSync(join(distDir, path), 'utf-8');
const fragment = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const pointTexts = (document: Document) =>
  [...document.querySelectorAll('li.point .point-body')].map((point) => textOf(point));

/** What a reader of the feed sees must be what a reader of the page sees. */
function expectFullOpEd(html: string) {
  const content = fragment(html);
  const page = readPage(seedPath);
  expect(textOf(content.body)).toContain(site.disclaimer.en);
  expect(textOf(content.body)).toContain(textOf(page.querySelector('.pull-quote')));
  expect(pointTexts(content)).toEqual(pointTexts(page));
  expect(pointTexts(content)).toHaveLength(7);
  expect([...content.querySelectorAll('h2')].map(textOf)).toEqual(['About opposition', 'What’s next?']);
  // No screen-reader-only text, which feed readers would show.
  expect(textOf(content.body)).not.toContain('Link to section');
  for (const link of content.querySelectorAll('[href], [src]')) {
    const url = link.getAttribute('href') ?? link.getAttribute('src')!;
    expect(url).toMatch(/^https:\/\/opinion\.example\.kz\//);
  }
  expect(content.querySelector('a[href$="#whats-next-3"]')?.getAttribute('href')).toBe(
    `${seedUrl}#whats-next-3`,
  );
}

describe('RSS', () => {
  const feed = parseFeed(read('rss.xml'));
  const opEds = listPages().filter((page) => page.startsWith('/opinion/'));

  it('is the site’s channel, with one item per published op-ed', () => {
    expect(feed.title).toBe('The Steppe Opinion: op-eds in English');
    expect(feed.url).toBe('https://opinion.example.kz/');
    expect(feed.self).toBe('https://opinion.example.kz/rss.xml');
    expect(feed.items.map((item) => item.url).sort()).toEqual(
      opEds.map((page) => `https://opinion.example.kz${page}`).sort(),
    );
  });

  it('carries the seed op-ed in full: disclaimer, pull quote, subheads and every point', () => {
    const item = feed.items.find((entry) => entry.url === seedUrl)!;
    expect(item.title).toBe('After the 2019 election: what’s next for Kazakhstan');
    expect(item.published?.toISOString()).toBe(new Date('2019-06-10T10:00:00+06:00').toISOString());
    expect(item.authors.map((author) => author.name)).toEqual(['Guest contributor']);
    expect(item.categories.map((category) => category.label)).toContain('Opinion');
    expectFullOpEd(item.content!);
  });

  it('has a feed per author with their op-eds', () => {
    const authorFeed = parseFeed(read('authors/guest-contributor/rss.xml'));
    expect(authorFeed.title).toContain('Guest contributor');
    expect(authorFeed.url).toBe('https://opinion.example.kz/authors/guest-contributor/');
    expect(authorFeed.items.map((item) => item.url)).toContain(seedUrl);
    const page = readPage('/authors/guest-contributor/');
    expect(
      page.querySelector('link[rel="alternate"][href="/authors/guest-contributor/rss.xml"]'),
    ).toBeTruthy();
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(read('feed.json')) as {
    version: string;
    title: string;
    feed_url: string;
    home_page_url: string;
    items: {
      id: string;
      url: string;
      title: string;
      content_html: string;
      date_published: string;
      authors: { name: string; url: string }[];
      image?: string;
    }[];
  };

  it('declares version 1.1 and its own URL', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('The Steppe Opinion: op-eds in English');
    expect(feed.feed_url).toBe('https://opinion.example.kz/feed.json');
    expect(feed.home_page_url).toBe('https://opinion.example.kz/');
  });

  it('carries the seed op-ed in full, dated in the editor’s offset', () => {
    const item = feed.items.find((entry) => entry.url === seedUrl)!;
    expect(item).toMatchObject({
      id: seedUrl,
      title: 'After the 2019 election: what’s next for Kazakhstan',
      date_published: '2019-06-10T10:00:00+06:00',
      authors: [{ name: 'Guest contributor', url: 'https://opinion.example.kz/authors/guest-contributor/' }],
      image: 'https://opinion.example.kz/og/kazakhstan-after-the-2019-election.png',
    });
    expectFullOpEd(item.content_html);
  });
});
