/** A topic (tag) with the published op-eds that carry it, newest first. */
export interface Topic<T> {
  tag: string;
  opinions: T[];
}

/**
 * Every topic used by `opinions` (already published and sorted newest first),
 * most-used first, then alphabetically. Each topic keeps that order.
 */
export function topicsOf<T extends { data: { tags: readonly string[] } }>(
  opinions: readonly T[],
): Topic<T>[] {
  const byTag = new Map<string, T[]>();
  for (const opinion of opinions) {
    for (const tag of new Set(opinion.data.tags)) byTag.set(tag, [...(byTag.get(tag) ?? []), opinion]);
  }
  return [...byTag]
    .map(([tag, tagged]) => ({ tag, opinions: tagged }))
    .sort((a, b) => b.opinions.length - a.opinions.length || a.tag.localeCompare(b.tag));
}
