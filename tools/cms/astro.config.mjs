// @ts-check
/**
 * `npm run cms`: the site's own Astro config plus Keystatic, for `astro dev`
 * only. `npm run build` never loads this file, so the published site has no
 * React, no adapter and no CMS code.
 */
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import siteConfig from '../../astro.config.mjs';

const keystaticConfig = fileURLToPath(new URL('./keystatic.config.ts', import.meta.url));

/** @type {import('astro').AstroUserConfig} */
export default {
  ...siteConfig,
  // Keystatic's own routes and API have no trailing slash.
  trailingSlash: 'ignore',
  integrations: [...(siteConfig.integrations ?? []), react(), keystatic()],
  vite: {
    ...siteConfig.vite,
    // The CMS runs in the browser too, where there is no process.env for src/ to read its settings from.
    define: {
      'process.env': JSON.stringify({ SITE_URL: process.env.SITE_URL, CONTENT_DIR: process.env.CONTENT_DIR }),
    },
    // Bundled at start: found later, they made Vite reload the CMS page as an editor first opened it.
    optimizeDeps: {
      include: [
        '@keystatic/core',
        '@keystatic/core/content-components',
        '@sindresorhus/slugify',
        'astro/zod',
      ],
    },
    plugins: [
      {
        // Keystatic looks for keystatic.config.* at the project root; the CMS's lives here, in tools/cms/.
        name: 'cms-config-location',
        enforce: 'pre',
        resolveId: (id) => (id === 'virtual:keystatic-config' ? keystaticConfig : null),
      },
    ],
  },
};
