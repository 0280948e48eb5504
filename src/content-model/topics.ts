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
  const byTag = new Map<string, T[]>();
  for (const opinion of opinions) {
    for (const tag of new Set(tagsOf(opinion))) {
      const tagged = byTag.get(tag);
      if (tagged) tagged.push(opinion);
      else byTag.set(tag, [opinion]);
    }
  }
  return [...byTag]
    .map(([tag, tagged]) => ({ tag, opinions: tagged }))
    .sort((a, b) => b.opinions.length - a.opinions.length || a.tag.localeCompare(b.tag));
}
