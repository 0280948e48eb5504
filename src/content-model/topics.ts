/** A topic (tag) with the published op-eds that carry it, newest first. */
export interface Topic<T> {
  tag: string;
  opinions: T[];
}

/**
 * Every topic used by `opinions` (already published and sorted newest first),
 * most-used first, then alphabetically. Each topic keeps that order.
 */
export function topicsOf<T>(opinions: readonly T[], tagsOf: (opinion: T) => readonly string[]): Topic<T>[] {
  return [...groupBy(opinions, tagsOf)]
    .map(([tag, tagged]) => ({ tag, opinions: tagged }))
    .sort((a, b) => b.opinions.length - a.opinions.length || a.tag.localeCompare(b.tag));
}

/** Items under each key `keysOf` gives them (each key once per item), in the items' order. */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
