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

/**
 * Ids for one load of the collection, refusing a second file with the same
 * name. Astro's own duplicate check (prerenderConflictBehavior) misses files
 * loaded concurrently, so this is the check that holds.
 */
export function uniqueOpinionIds(folder: string): (entry: string) => string {
  const seen = new Map<string, string>();
  return (entry) => {
    const id = opinionIdFromPath(entry);
    const earlier = seen.get(id);
    if (earlier !== undefined && earlier !== entry) {
      // Files load concurrently: name the pair in path order, so the message is the same every build.
      const [first, second] = [earlier, entry].sort();
      throw new Error(
        `${folder}/${second}: file name — the op-ed ${folder}/${first} has the same file name, and both would be /opinion/${id}/. Fix: rename one of the files; the file name is the op-ed’s address`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}
