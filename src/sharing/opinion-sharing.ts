import { getImage } from 'astro:assets';
import { site, type Locale } from '../config/site';
import { localizedText } from '../content-model/author-text';
import { formatReaderDate } from '../content-model/offset-date-time';
import { t } from '../i18n/ui';
import { opinionJsonLd, type PersonInput, type PublisherInput } from './json-ld';
import type { Author, Opinion, PublishedOpinion } from '../routing/published';
import { icons } from './site-icons';
import { joinAuthors, SOCIAL_IMAGE, type SocialImageInput } from './social-image';
import { absoluteUrl, authorPath, opinionPath, socialImagePath, type StandardsPage } from '../routing/urls';
import type { StandardsLink } from '../routing/site-data';

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
  /** Frontmatter date-times with offset; modified is the newest of updated and the corrections. */
  published: string;
  modified: string;
  /** Absolute URLs of the authors' pages. */
  authorUrls: string[];
  tags: string[];
}

export function articleMeta({ opinion, authors, modified }: PublishedOpinion): ArticleMeta {
  const { published, tags } = opinion.data;
  return {
    published,
    modified,
    tags,
    authorUrls: authors.map((author) => absoluteUrl(authorPath(author.id))),
  };
}

/** What an op-ed's social image shows: the image route and the page's alt text read it here. */
export function socialImageInput(opinion: Opinion, authors: readonly Author[]): SocialImageInput {
  const { title, lang, published } = opinion.data;
  return {
    headline: title,
    date: formatReaderDate(published, lang),
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
    alt: `${input.kicker}: ${input.headline} — ${joinAuthors(input.authors)}, ${site.name}, ${input.date}`,
  };
}

/** Photo size in the byline and in structured data. */
const PHOTO_SIZE = 160;

/** An author as structured data, with their bio in `lang`; the author page uses the same. */
export async function personInput(author: Author, lang: Locale): Promise<PersonInput> {
  const { name, bio, photo, links } = author.data;
  const image = photo && (await getImage({ src: photo, width: PHOTO_SIZE, height: PHOTO_SIZE }));
  return {
    url: absoluteUrl(authorPath(author.id)),
    name,
    description: localizedText(bio, lang),
    image: image ? absoluteUrl(image.src) : undefined,
    sameAs: links.map((link) => link.url),
  };
}

/** The outlet as publisher, with the standards pages its readers in one language are linked to. */
export function publisherInput(links: readonly StandardsLink[]): PublisherInput {
  const url = (page: StandardsPage) => {
    const found = links.find((link) => link.page === page);
    return found && absoluteUrl(found.path);
  };
  return {
    name: site.name,
    url: absoluteUrl('/'),
    logo: { url: absoluteUrl(icons.large.path), width: icons.large.size, height: icons.large.size },
    publishingPrinciples: url('opinion-policy'),
    correctionsPolicy: url('corrections-policy'),
    ethicsPolicy: url('opinion-policy'),
    masthead: url('about'),
  };
}

/** The op-ed's JSON-LD; `standards` are the outlet pages for its language (site data's standardsLinks). */
export async function opinionStructuredData(
  { opinion, authors, modified }: PublishedOpinion,
  standards: readonly StandardsLink[],
) {
  const { title, description, published, lang, tags, corrections } = opinion.data;
  const image = socialImageMeta(opinion, authors);
  return opinionJsonLd({
    url: absoluteUrl(opinionPath(opinion.id)),
    title,
    description,
    published,
    modified,
    lang,
    tags,
    authors: await Promise.all(authors.map((author) => personInput(author, lang))),
    corrections,
    image: image && { url: image.url, width: image.width, height: image.height },
    publisher: publisherInput(standards),
  });
}
