import rss from '@astrojs/rss';
import { site, type Locale } from '../config/site';
import { t } from '../i18n/ui';
import { renderOpinionHtml } from './feed-content';
import { toIsoWithOffset, parseOffsetDateTime } from '../content-model/offset-date-time';
import { socialImageMeta } from './opinion-sharing';
import type { PublishedOpinion } from '../routing/published';
import { icons } from './site-icons';
import { absoluteUrl, authorPath, frontPath, opinionPath } from '../routing/urls';

/**
 * Site-wide and per-author feeds. Items carry the full op-ed HTML (with the
 * disclaimer), so a feed reader shows what the page shows.
 */
export interface FeedChannel {
  title: string;
  /** Language of the channel (its items each carry their own). */
  lang: Locale;
  description: string;
  /** Path of the page the feed mirrors. */
  homePath: string;
  /** Path of the feed itself. */
  feedPath: string;
  /**
   * How many of the newest op-eds the feed carries. Feed readers keep the
   * items they have seen, and a feed of the whole archive would grow, and
   * take longer to build, with every op-ed published.
   */
  size: number;
}

/** The channel of a language's front page, published at `feedPath`. */
export function sectionChannel(lang: Locale, feedPath: string): FeedChannel {
  return {
    title: t('feed.title', lang, { site: site.name }),
    lang,
    description: t('home.intro', lang),
    homePath: frontPath(lang),
    feedPath,
    size: site.feedSize,
  };
}

/** Escapes plain text for XML and for the HTML readers render from RSS descriptions. */
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The channel's newest op-eds (`opinions` come newest first), with what each item shows. */
async function feedItems(channel: FeedChannel, opinions: readonly PublishedOpinion[]) {
  return Promise.all(
    opinions.slice(0, channel.size).map(async ({ opinion, authors, modified }) => ({
      opinion,
      authors,
      modified,
      html: await renderOpinionHtml(opinion),
      url: absoluteUrl(opinionPath(opinion.id)),
    })),
  );
}

export async function rssResponse(
  channel: FeedChannel,
  opinions: readonly PublishedOpinion[],
): Promise<Response> {
  const items = await feedItems(channel, opinions);
  return rss({
    title: channel.title,
    // Plain text (an author's bio, the site's intro), escaped like item descriptions.
    description: escapeText(channel.description),
    site: absoluteUrl(channel.homePath),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${channel.lang}</language><atom:link href="${absoluteUrl(channel.feedPath)}" rel="self" type="application/rss+xml"/>`,
    items: items.map(({ opinion, authors, modified, html, url }) => ({
      title: opinion.data.title,
      link: url,
      pubDate: parseOffsetDateTime(opinion.data.published)!.instant,
      // RSS readers render <description> as HTML; the standfirst is plain
      // text, so it is escaped and shows as the characters the editor typed.
      description: escapeText(opinion.data.description),
      content: html,
      categories: [t('opinion.kicker', opinion.data.lang), ...opinion.data.tags],
      // RSS 2.0 has no updated date; Atom's, in its declared namespace, is what readers understand.
      customData: [
        ...authors.map((author) => `<dc:creator>${escapeText(author.data.name)}</dc:creator>`),
        `<atom:updated>${toIsoWithOffset(modified)}</atom:updated>`,
      ].join(''),
    })),
  });
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export async function jsonFeedResponse(
  channel: FeedChannel,
  opinions: readonly PublishedOpinion[],
): Promise<Response> {
  const items = await feedItems(channel, opinions);
  return Response.json({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.homePath),
    feed_url: absoluteUrl(channel.feedPath),
    language: channel.lang,
    favicon: absoluteUrl(icons.favicon.path),
    icon: absoluteUrl(icons.large.path),
    items: items.map(({ opinion, authors, modified, html, url }) => {
      const { title, description, published, tags, lang } = opinion.data;
      const image = socialImageMeta(opinion, authors);
      return {
        id: url,
        url,
        title,
        summary: description,
        content_html: html,
        date_published: toIsoWithOffset(published),
        date_modified: toIsoWithOffset(modified),
        authors: authors.map((author) => ({
          name: author.data.name,
          url: absoluteUrl(authorPath(author.id)),
        })),
        tags,
        language: lang,
        ...(image && { image: image.url }),
      };
    }),
  });
}
