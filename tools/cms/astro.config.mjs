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
import { buildSettings, settingsOrExit } from '../../src/config/env.ts';

const keystaticConfig = fileURLToPath(new URL('./keystatic.config.ts', import.meta.url));
const environmentSettings = fileURLToPath(new URL('../../src/config/env.ts', import.meta.url));
const browserSettings = '\0cms-browser-settings';
const settings = settingsOrExit(buildSettings);

/** @type {import('astro').AstroUserConfig} */
export default {
  ...siteConfig,
  // Keystatic's own routes and API have no trailing slash.
  trailingSlash: 'ignore',
  integrations: [...(siteConfig.integrations ?? []), react(), keystatic()],
  vite: {
    ...siteConfig.vite,
    // The CMS is always a development server. Its React code reads this in the browser, where a shell's
    // NODE_ENV other than development or production (a test runner's "test") was left unreplaced.
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
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
      {
        // The CMS's fields run in the browser too, where there is no environment or file system for
        // src/config/env.ts to check: there they get the settings this server has read and checked.
        name: 'cms-settings-in-the-browser',
        enforce: 'pre',
        async resolveId(id, importer, options) {
          if (options?.ssr || !importer || id === browserSettings) return null;
          const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
          return resolved?.id.split('?')[0] === environmentSettings ? browserSettings : null;
        },
        load: (id) =>
          id === browserSettings
            ? `const settings = ${JSON.stringify(settings)};
if (settings.buildTime) settings.buildTime = new Date(settings.buildTime);
export const buildSettings = () => settings;`
            : null,
      },
    ],
  },
};
