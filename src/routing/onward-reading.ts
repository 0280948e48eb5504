import type { Locale } from '../config/site';
import { groupBy } from '../content-model/topics';

/** What onward reading reads of a published op-ed. */
export interface Readable {
  id: string;
  lang: Locale;
  authorIds: readonly string[];
  tags: readonly string[];
  /** Id of its translation group (the original's id): one version of an article is enough. */
  groupId: string;
}

/** How strongly a candidate relates to the op-ed just read; higher first. */
interface Related<T> {
  item: T;
  sameAuthor: boolean;
  sharedTopics: number;
  /** Position in the newest-first list. */
  age: number;
}

const stronger = <T>(a: Related<T>, b: Related<T>) =>
  Number(b.sameAuthor) - Number(a.sameAuthor) || b.sharedTopics - a.sharedTopics || a.age - b.age;

/**
 * Up to `count` op-eds to read after each one: same author first, then shared
 * topics, then the newest; those in the op-ed's own language before any
 * other. Never the op-ed itself or one of its translations, and one version
 * of any article. `items` are the published op-eds, newest first; the
 * indexes by author and topic keep each op-ed's work to its neighbours, not
 * the whole archive.
 */
export function onwardReading<T extends Readable>(items: readonly T[], count = 3): Map<T, T[]> {
  const age = new Map(items.map((item, index) => [item, index]));
  const byAuthor = groupBy(items, (item) => item.authorIds);
  const byTag = groupBy(items, (item) => item.tags);
  const byLang = groupBy(items, (item) => [item.lang]);

  const result = new Map<T, T[]>();
  for (const item of items) {
    const related = new Map<T, Related<T>>();
    const relate = (other: T) => {
      let found = related.get(other);
      if (!found)
        related.set(
          other,
          (found = { item: other, sameAuthor: false, sharedTopics: 0, age: age.get(other)! }),
        );
      return found;
    };
    for (const id of new Set(item.authorIds))
      for (const other of byAuthor.get(id)!) relate(other).sameAuthor = true;
    for (const tag of new Set(item.tags))
      for (const other of byTag.get(tag)!) relate(other).sharedTopics += 1;

    const chosen: T[] = [];
    const groups = new Set([item.groupId]);
    const take = (candidates: Iterable<T>) => {
      for (const candidate of candidates) {
        if (chosen.length === count) return;
        if (groups.has(candidate.groupId)) continue;
        groups.add(candidate.groupId);
        chosen.push(candidate);
      }
    };
    const candidates = [...related.values()].filter((other) => other.item.groupId !== item.groupId);
    const own = candidates.filter((other) => other.item.lang === item.lang);
    // A group has one op-ed per language, so `count` of the op-ed's own language are enough; of the
    // others, a group may offer one per language, and up to `count` groups are already taken.
    const others = candidates.filter((other) => other.item.lang !== item.lang);
    take(strongest(own, count));
    take(byLang.get(item.lang)!);
    take(strongest(others, 2 * count * byLang.size));
    take(items);
    result.set(item, chosen);
  }
  return result;
}

/** The `k` strongest of `candidates`, strongest first: a partial sort, the archive being large. */
function strongest<T>(candidates: readonly Related<T>[], k: number): T[] {
  const top: Related<T>[] = [];
  for (const candidate of candidates) {
    if (top.length === k && stronger(candidate, top[k - 1]!) >= 0) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && stronger(candidate, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = candidate;
  }
  return top.map(({ item }) => item);
}
