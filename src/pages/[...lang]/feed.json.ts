import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeedResponse, sectionChannel } from '../../sharing/feeds';
import { getSiteData, type LanguageSection } from '../../routing/published';
import { jsonFeedPath, langParam } from '../../routing/urls';

/** Each front page's JSON Feed: /feed.json, /ru/feed.json, /kk/feed.json. */
export const getStaticPaths = (async () =>
  (await getSiteData()).sections.map((section) => ({
    params: { lang: langParam(section.lang) },
    props: { section },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: LanguageSection }> = ({ props: { section } }) =>
  jsonFeedResponse(sectionChannel(section.lang, jsonFeedPath(section.lang)), section.opinions);
