import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A problem with what an op-ed's frontmatter points at, rather than its shape. */
export interface ReferenceProblem {
  field: string;
  problem: string;
  fix: string;
}

/**
 * Authors, topics and the lead image must exist. Astro checks authors and
 * images too, but its messages name neither the op-ed's file nor the fix,
 * and tags are plain strings to it, so the loader and `npm run check` both
 * run this first.
 */
export function referenceProblems(
  data: Record<string, unknown>,
  mdxPath: string,
  authorIds: readonly string[],
  topicIds: readonly string[] = [],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const tags = Array.isArray(data.tags) ? data.tags : [];
  tags.forEach((tag, index) => {
    if (typeof tag === 'string' && !topicIds.includes(tag)) {
      const closest = closestId(tag, topicIds);
      problems.push({
        field: `tags.${index}`,
        problem: `there is no topic “${tag}”${closest ? `; the closest existing topic is “${closest}”` : ''}`,
        fix: `${closest ? `write ${closest}, or ` : ''}add content/topics/${tag}.yaml with the topic’s name in each language (see EDITING.md, “Topics”)`,
      });
    }
  });
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

/** Ids of the YAML entries in `contentDir/<folder>`: their file names. */
function yamlIds(contentDir: string, folder: string): string[] {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Authors known in `contentDir/authors`, by id. */
export function authorIds(contentDir: string): string[] {
  return yamlIds(contentDir, 'authors');
}

/** Topics known in `contentDir/topics`, by tag. */
export function topicIds(contentDir: string): string[] {
  return yamlIds(contentDir, 'topics');
}

/**
 * The id nearest to `wanted` by edit distance (undefined when there are none).
 * Hand-written: a few lines, and the site declares no string-distance package.
 */
export function closestId(wanted: string, ids: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(wanted, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best?.id;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
