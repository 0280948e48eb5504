import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A problem with what an op-ed's frontmatter points at, rather than its shape. */
export interface ReferenceProblem {
  field: string;
  problem: string;
  fix: string;
}

/**
 * Authors and the lead image must exist. Astro checks both too, but its
 * messages name neither the op-ed's file nor the fix, so the loader and
 * `npm run check` both run this first.
 */
export function referenceProblems(
  data: Record<string, unknown>,
  mdxPath: string,
  authorIds: readonly string[],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const authors = Array.isArray(data.authors) ? data.authors : [];
  authors.forEach((id, index) => {
    if (typeof id === 'string' && !authorIds.includes(id)) {
      problems.push({
        field: `authors.${index}`,
        problem: `there is no author “${id}”`,
        fix: `use an id from content/authors/ (${authorIds.join(', ') || 'none yet'}), or add content/authors/${id}.yaml first`,
      });
    }
  });
  if (typeof data.image === 'string') {
    const found = resolve(dirname(mdxPath), data.image);
    if (!existsSync(found)) {
      problems.push({
        field: 'image',
        problem: `the lead image “${data.image}” was not found (looked for ${relative(process.cwd(), found)})`,
        fix: 'check the file name and folder; the path is relative to this .mdx file, e.g. ./images/photo.jpg',
      });
    }
  }
  return problems;
}

/** Authors known in `contentDir/authors`, by id. */
export function authorIds(contentDir: string): string[] {
  const dir = join(contentDir, 'authors');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}
