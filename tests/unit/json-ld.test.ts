import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { opinionJsonLd, profilePageJsonLd, serializeJsonLd } from '../../src/sharing/json-ld';

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
  const author = {
    url: 'https://example.kz/authors/a/',
    name: 'A. Author',
    description: 'Political scientist in Almaty.',
    image: 'https://example.kz/_astro/a.webp',
    sameAs: ['https://a.example.org/'],
  };
  const input = {
    url: 'https://example.kz/opinion/x/',
    title: 'Headline',
    description: 'Standfirst',
    published: '2019-06-10T10:00:00+06:00',
    modified: '2019-06-10T10:00:00+06:00',
    lang: 'en',
    tags: ['elections'],
    authors: [author],
    corrections: [],
    image: { url: 'https://example.kz/og/x.png', width: 1200, height: 630 },
    publisher: {
      name: 'Site',
      url: 'https://example.kz/',
      logo: { url: 'https://example.kz/icon-512.png', width: 512, height: 512 },
      publishingPrinciples: 'https://example.kz/opinion-policy/',
      correctionsPolicy: 'https://example.kz/corrections-policy/',
      ethicsPolicy: 'https://example.kz/opinion-policy/',
      masthead: 'https://example.kz/about/',
    },
  };

  it('describes an OpinionNewsArticle with dates in the editor’s offset', () => {
    const data = opinionJsonLd(input);
    expect(data['@type']).toBe('OpinionNewsArticle');
    expect(data.datePublished).toBe('2019-06-10T10:00:00+06:00');
    expect(data.dateModified).toBe('2019-06-10T10:00:00+06:00');
    expect(data.articleSection).toBe('Opinion');
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
    expect(data).not.toHaveProperty('correction');
  });

  it('names the author as a Person with bio, photo and profiles', () => {
    expect(opinionJsonLd(input).author).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://example.kz/authors/a/#person',
        name: 'A. Author',
        url: author.url,
        description: author.description,
        image: author.image,
        sameAs: author.sameAs,
      },
    ]);
  });

  it('gives the ProfilePage the same Person as the op-ed', () => {
    const profile = profilePageJsonLd(author, 'en') as { mainEntity: unknown };
    expect(profile.mainEntity).toEqual((opinionJsonLd(input).author as unknown[])[0]);
  });

  it('makes the publisher a NewsMediaOrganization with its standards pages', () => {
    expect(opinionJsonLd(input).publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      publishingPrinciples: input.publisher.publishingPrinciples,
      correctionsPolicy: input.publisher.correctionsPolicy,
      ethicsPolicy: input.publisher.ethicsPolicy,
      masthead: input.publisher.masthead,
    });
  });

  it('carries each correction, and the modified date it is given', () => {
    const data = opinionJsonLd({
      ...input,
      modified: '2019-06-12T08:30:00+05:00',
      corrections: [
        { date: '2019-06-12T08:30:00+05:00', kind: 'correction', text: 'The vote was on 9 June.' },
      ],
      image: undefined,
    });
    expect(data.dateModified).toBe('2019-06-12T08:30:00+05:00');
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2019-06-12T08:30:00+05:00',
        text: 'The vote was on 9 June.',
        name: 'correction',
      },
    ]);
    expect(data).not.toHaveProperty('image');
  });
});
