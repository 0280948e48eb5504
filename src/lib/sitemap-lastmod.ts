import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { opinionIdFromPath } from './opinion-id';
import { toIsoWithOffset } from './offset-date-time';
import { absoluteUrl, opinionPath } from './urls';

/**
 * Last-modified times for the sitemap, keyed by the op-ed's absolute URL.
 * The sitemap integration runs outside Astro's content layer, so this reads
 * the frontmatter files directly, the way the collection loader does. It
 * decides nothing about publication: the sitemap lists only pages that were
 * built (from getPublishedOpinions), and this only dates them.
 */
export function opinionLastModified(opinionsDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const files = readdirSync(opinionsDir, { recursive: true, encoding: 'utf-8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  for (const file of files) {
    const data = parseFrontmatter(splitFrontmatter(readFileSync(join(opinionsDir, file), 'utf-8')).raw);
    const date = typeof data.updated === 'string' ? data.updated : data.published;
    if (typeof date !== 'string') continue;
    const id = opinionIdFromPath(file);
    try {
      dates.set(absoluteUrl(opinionPath(id)), toIsoWithOffset(date));
    } catch {
      // An invalid date fails the build in the collection schema, with a message for the editor.
    }
  }
  return dates;
}
