import { site } from '../config/site';
import { t } from '../i18n/ui';
import { opinionJsonLd } from './json-ld';
import type { Author, Opinion } from '../routing/published';
import { icons } from './site-icons';
import { joinAuthors, SOCIAL_IMAGE, type SocialImageInput } from './social-image';
import { absoluteUrl, authorPath, opinionPath, socialImagePath } from '../routing/urls';

/**
 * What an op-ed tells the services it is shared to: the social image, its
 * alt text and the structured data. Pages, the image endpoint and the feeds
 * all read it from here.
 */
export interface SocialImageMeta {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

/** The article:* facts of an op-ed's preview. */
export interface ArticleMeta {
  /** Frontmatter date-times with offset. */
  published: string;
  updated?: string | undefined;
  /** Absolute URLs of the authors' pages. */
  authorUrls: string[];
  tags: string[];
}

export function articleMeta(opinion: Opinion, authors: readonly Author[]): ArticleMeta {
  const { published, updated, tags } = opinion.data;
  return {
    published,
    updated,
    tags,
    authorUrls: authors.map((author) => absoluteUrl(authorPath(author.id))),
  };
}

/** What an op-ed's social image shows: the image route and the page's alt text read it here. */
export function socialImageInput(opinion: Opinion, authors: readonly Author[]): SocialImageInput {
  const { title, lang } = opinion.data;
  return {
    headline: title,
    authors: authors.map((author) => author.data.name),
    siteName: site.name,
    kicker: t('opinion.kicker', lang),
    lang,
  };
}

/** The op-ed's preview image. */
export function socialImageMeta(opinion: Opinion, authors: readonly Author[]): SocialImageMeta {
  const input = socialImageInput(opinion, authors);
  return {
    url: absoluteUrl(socialImagePath(opinion.id)),
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    type: SOCIAL_IMAGE.type,
    alt: `${input.kicker}: ${input.headline} — ${joinAuthors(input.authors)}, ${site.name}`,
  };
}

export function opinionStructuredData(opinion: Opinion, authors: readonly Author[]) {
  const { title, description, published, updated, lang, tags } = opinion.data;
  const image = socialImageMeta(opinion, authors);
  const meta = articleMeta(opinion, authors);
  return opinionJsonLd({
    url: absoluteUrl(opinionPath(opinion.id)),
    title,
    description,
    published,
    updated,
    lang,
    tags,
    authors: authors.map((author, index) => ({ name: author.data.name, url: meta.authorUrls[index]! })),
    image: image && { url: image.url, width: image.width, height: image.height },
    publisher: {
      name: site.name,
      url: absoluteUrl('/'),
      logo: { url: absoluteUrl(icons.large.path), width: icons.large.size, height: icons.large.size },
    },
  });
}
