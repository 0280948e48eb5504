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

export interface OpinionJsonLdInput {
  /** Absolute canonical URL of the op-ed. */
  url: string;
  title: string;
  description: string;
  /** Frontmatter date-times with offset, as written. */
  published: string;
  updated?: string | undefined;
  lang: string;
  tags: readonly string[];
  authors: readonly { name: string; url: string }[];
  /** Absolute URL of the social image, when one is built. */
  image?: { url: string; width: number; height: number } | undefined;
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } };
}

/** schema.org OpinionNewsArticle for one op-ed. */
export function opinionJsonLd(input: OpinionJsonLdInput): Record<string, unknown> {
  const published = toIsoWithOffset(input.published);
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: input.title,
    description: input.description,
    datePublished: published,
    dateModified: input.updated ? toIsoWithOffset(input.updated) : published,
    author: input.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', ...input.publisher.logo },
    },
    ...(input.image && { image: { '@type': 'ImageObject', ...input.image } }),
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    inLanguage: input.lang,
    articleSection: 'Opinion',
    ...(input.tags.length > 0 && { keywords: input.tags.join(', ') }),
    isAccessibleForFree: true,
  };
}
