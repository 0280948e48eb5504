// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import siteConfig from '../../astro.config.mjs';

const keystaticConfig = fileURLToPath(new URL('./keystatic.config.ts', import.meta.url));

export default defineConfig({
  ...siteConfig,
  trailingSlash: 'ignore',
  integrations: [...(siteConfig.integrations ?? []), react(), keystatic()],
  vite: {
    ...siteConfig.vite,
    plugins: [
      {
        name: 'cms-config-location',
        enforce: 'pre',
        resolveId: (id) => (id === 'virtual:keystatic-config' ? keystaticConfig : null),
      },
    ],
  },
});
