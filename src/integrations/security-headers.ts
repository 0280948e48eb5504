import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../lib/deploy/headers-file.ts';

/** Writes `_headers` (Netlify / Cloudflare Pages) into the build output, from src/config/headers.ts. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'opinion-site:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
        writeFileSync(join(outDir, '_headers'), renderHeadersFile(files));
        logger.info('_headers written');
      },
    },
  };
}
