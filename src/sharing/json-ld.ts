import { toIsoWithOffset } from '../content-model/offset-date-time';

/**
 * JSON-LD for an op-ed, and the one serializer allowed to put it into a
 * <script> element. JSON.stringify alone is not enough there: "</script>" in a
 * headline would end the element, and U+2028/U+2029 break older JS parsers.
 * Escaping <, >, & and those two as \uXXXX keeps the JSON identical after
 * JSON.parse while the HTML parser sees no markup at all.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** schema.org Person for an author: the same `@id` on every op-ed and on the author's ProfilePage. */
export interface PersonInput {
  /** Absolute URL of the author's page, which identifies them. */
  url: string;
  name: string;
  /** The author's bio, in the page's language. */
  description: string;
  /** Absolute URL of their photo, when there is one. */
  image?: string | undefined;
  /** Absolute URLs of their own site and profiles. */
  sameAs: readonly string[];
}

export function personJsonLd(person: PersonInput): Record<string, unknown> {
  return {
    '@type': 'Person',
    '@id': `${person.url}#person`,
    name: person.name,
    url: person.url,
    description: person.description,
    ...(person.image && { image: person.image }),
    ...(person.sameAs.length > 0 && { sameAs: [...person.sameAs] }),
  };
}

/** The outlet, with the pages that state its standards. */
export interface PublisherInput {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
  /** Absolute URLs of the standards pages, in the page's language; left out when the site has none. */
  publishingPrinciples?: string | undefined;
  correctionsPolicy?: string | undefined;
  ethicsPolicy?: string | undefined;
  masthead?: string | undefined;
}

export interface JsonLdInput {
  /** Absolute canonical URL of the op-ed. */
  url: string;
  title: string;
  description: string;
  /** Frontmatter date-times with offset, as written. */
  published: string;
  /** The newest of published, updated and the corrections' dates. */
  modified: string;
  lang: string;
  tags: readonly string[];
  authors: readonly PersonInput[];
  /** Corrections and clarifications, as written. */
  corrections: readonly { date: string; kind: string; text: string }[];
  /** Absolute URL of the social image, when one is built. */
  image?: { url: string; width: number; height: number } | undefined;
  publisher: PublisherInput;
}

/** schema.org OpinionNewsArticle for one op-ed. */
export function opinionJsonLd(input: JsonLdInput): Record<string, unknown> {
  const { publisher } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: input.title,
    description: input.description,
    datePublished: toIsoWithOffset(input.published),
    dateModified: toIsoWithOffset(input.modified),
    author: input.authors.map(personJsonLd),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: publisher.name,
      url: publisher.url,
      logo: { '@type': 'ImageObject', ...publisher.logo },
      ...(publisher.publishingPrinciples && { publishingPrinciples: publisher.publishingPrinciples }),
      ...(publisher.correctionsPolicy && { correctionsPolicy: publisher.correctionsPolicy }),
      ...(publisher.ethicsPolicy && { ethicsPolicy: publisher.ethicsPolicy }),
      ...(publisher.masthead && { masthead: publisher.masthead }),
    },
    ...(input.image && { image: { '@type': 'ImageObject', ...input.image } }),
    ...(input.corrections.length > 0 && {
      correction: input.corrections.map((note) => ({
        '@type': 'CorrectionComment',
        datePublished: toIsoWithOffset(note.date),
        text: note.text,
        name: note.kind,
      })),
    }),
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    inLanguage: input.lang,
    articleSection: 'Opinion',
    ...(input.tags.length > 0 && { keywords: input.tags.join(', ') }),
    isAccessibleForFree: true,
  };
}

/** schema.org ProfilePage for an author's page: its mainEntity is the Person every op-ed names. */
export function profilePageJsonLd(person: PersonInput, lang: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: person.url,
    inLanguage: lang,
    mainEntity: personJsonLd(person),
  };
}
