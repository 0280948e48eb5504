import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeedResponse, sectionChannel } from '../../sharing/feeds';
import { sectionPaths, type LanguageSection } from '../../routing/published';
import { jsonFeedPath } from '../../routing/urls';

/** Each front page's JSON Feed: /feed.json, /ru/feed.json, /kk/feed.json. */
export const getStaticPaths = sectionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ section: LanguageSection }> = ({ props: { section } }) =>
  jsonFeedResponse(sectionChannel(section.lang, jsonFeedPath(section.lang)), section.opinions);
