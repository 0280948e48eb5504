import type { AstroIntegration } from 'astro';
import { site } from '../config/site';
import { jsonFeedPath, rssPath } from '../lib/urls';

/**
 * Adds the site-wide feed routes only when feeds are on (see
 * site.features), so a bare build emits no feed files at all. Dynamic
 * routes (social images, author feeds) switch themselves off in
 * getStaticPaths instead.
 */
export function featureRoutes(): AstroIntegration {
  return {
    name: 'feature-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!site.features.feeds) return;
        injectRoute({ pattern: rssPath, entrypoint: './src/feeds/rss.xml.ts', prerender: true });
        injectRoute({ pattern: jsonFeedPath, entrypoint: './src/feeds/feed.json.ts', prerender: true });
      },
    },
  };
}
