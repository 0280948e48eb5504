import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind into `/pagefind/`. Op-eds in every
 * language go into one index, so the one search page finds them all and can
 * filter by language; Pagefind would otherwise split the index by
 * `<html lang>` and search only the page's own.
 */
async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return added.page_count;
  } finally {
    await close();
  }
}

/**
 * Builds the search index as soon as the pages are written. Pagefind works
 * in its own process while the other integrations finish the site, and the
 * build waits for it before the last integration (the output check) reads
 * the finished site. Run after `astro build`, its 1.5 s at 1,000 op-eds came
 * on top of every build.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'opinion-site:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir));
        // Reported when awaited below; until then, not an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) return;
        try {
          logger.info(`search index written (${await indexing} pages read)`);
        } catch (error) {
          throw new Error(`The search index could not be built: ${(error as Error).message}`);
        }
      },
    },
  };
}
