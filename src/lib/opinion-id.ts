/**
 * An op-ed's id, and so its URL slug, is its file name without `.mdx`,
 * whatever folder it sits in: editors may sort op-eds into folders without
 * changing their addresses. Two files with the same name are therefore the
 * same address, which the build refuses.
 */
export function opinionIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.mdx$/, '');
}
