import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { opinionJsonLd, serializeJsonLd } from '../../src/sharing/json-ld';

const hostile = '</script><script>alert(1)</script> & <!-- \u2028\u2029';

describe('serializeJsonLd', () => {
  it('round-trips through JSON.parse', () => {
    const value = { headline: hostile, nested: [{ text: 'a > b && c < d' }] };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('leaves no <, >, & or line separators in the output', () => {
    const output = serializeJsonLd({ headline: hostile });
    expect(output).not.toMatch(/[<>&\u2028\u2029]/);
    expect(output).toContain('\\u003c/script\\u003e');
  });

  it('injects no element when placed in a script', () => {
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${serializeJsonLd({ headline: hostile })}</script></head><body></body></html>`,
    );
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent!).headline).toBe(hostile);
  });
});

describe('opinionJsonLd', () => {
  const input = {
    url: 'https://example.kz/opinion/x/',
    title: 'Headline',
    description: 'Standfirst',
    published: '2019-06-10T10:00:00+06:00',
    lang: 'en',
    tags: ['elections'],
    authors: [{ name: 'A. Author', url: 'https://example.kz/authors/a/' }],
    image: { url: 'https://example.kz/og/x.png', width: 1200, height: 630 },
    publisher: {
      name: 'Site',
      url: 'https://example.kz/',
      logo: { url: 'https://example.kz/icon-512.png', width: 512, height: 512 },
    },
  };

  it('describes an OpinionNewsArticle with dates in the editor’s offset', () => {
    const data = opinionJsonLd(input);
    expect(data['@type']).toBe('OpinionNewsArticle');
    expect(data.datePublished).toBe('2019-06-10T10:00:00+06:00');
    expect(data.dateModified).toBe('2019-06-10T10:00:00+06:00');
    expect(data.articleSection).toBe('Opinion');
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.author).toEqual([{ '@type': 'Person', name: 'A. Author', url: input.authors[0]!.url }]);
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
  });

  it('uses the update time as dateModified and leaves out a missing image', () => {
    const data = opinionJsonLd({ ...input, updated: '2019-06-11T08:30:00+06:00', image: undefined });
    expect(data.dateModified).toBe('2019-06-11T08:30:00+06:00');
    expect(data).not.toHaveProperty('image');
  });
});
