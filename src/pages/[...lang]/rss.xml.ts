import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse, sectionChannel } from '../../sharing/feeds';
import { sectionPaths, type LanguageSection } from '../../routing/published';
import { rssPath } from '../../routing/urls';

/** Each front page's RSS feed: /rss.xml, /ru/rss.xml, /kk/rss.xml. */
export const getStaticPaths = sectionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ section: LanguageSection }> = ({ props: { section } }) =>
  rssResponse(sectionChannel(section.lang, rssPath(section.lang)), section.opinions);
