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
 * of any article. `items` are the published op-eds, newest first.
 *
 * Hand-written because the archive is large: a topic on half of 10,000
 * op-eds would make a plain scoring of every neighbour quadratic. Each op-ed
 * scores its author's op-eds and those of all its topics but the largest;
 * an op-ed found only under the largest topic shares exactly one topic, so
 * the newest few of those, taken in list order, are all that can win.
 */
export function onwardReading<T extends Readable>(items: readonly T[], count = 3): Map<T, T[]> {
  const age = new Map(items.map((item, index) => [item, index]));
  const tagsOf = new Map(items.map((item) => [item, new Set(item.tags)]));
  const byAuthor = groupBy(items, (item) => item.authorIds);
  const byTag = groupBy(items, (item) => item.tags);
  const byLang = groupBy(items, (item) => [item.lang]);

  const result = new Map<T, T[]>();
  for (const item of items) {
    const authors = new Set(item.authorIds);
    const tags = [...tagsOf.get(item)!].sort((a, b) => byTag.get(b)!.length - byTag.get(a)!.length);
    const relation = (other: T): Related<T> => {
      const otherTags = tagsOf.get(other)!;
      let sharedTopics = 0;
      for (const tag of tags) if (otherTags.has(tag)) sharedTopics += 1;
      const sameAuthor = other.authorIds.some((id) => authors.has(id));
      return { item: other, sameAuthor, sharedTopics, age: age.get(other)! };
    };
    const candidate = (other: T) => other.groupId !== item.groupId && other.lang === item.lang;

    const top: Related<T>[] = [];
    // Lists are newest first: a walk along one stops once the op-ed reached is older
    // than the weakest kept, and that one has the best relation the walk can offer.
    const settled = (other: T, sameAuthor: boolean) => {
      const weakest = top.length === count ? top[count - 1]! : undefined;
      return (
        weakest !== undefined &&
        weakest.sameAuthor >= sameAuthor &&
        weakest.sharedTopics === tags.length &&
        weakest.age < age.get(other)!
      );
    };
    for (const id of authors)
      for (const other of byAuthor.get(id)!) {
        if (settled(other, true)) break;
        if (candidate(other)) keep(top, relation(other), count);
      }
    const authorsFill = top.length === count && top[count - 1]!.sameAuthor;
    if (!authorsFill) {
      for (const tag of tags.slice(1))
        for (const other of byTag.get(tag)!) {
          if (settled(other, false)) break;
          if (!candidate(other) || other.authorIds.some((id) => authors.has(id))) continue;
          keep(top, relation(other), count);
        }
      const [largest] = tags;
      let added = 0;
      for (const other of largest === undefined ? [] : byTag.get(largest)!) {
        if (added === count) break;
        const found = candidate(other) ? relation(other) : undefined;
        if (!found || found.sameAuthor || found.sharedTopics > 1) continue;
        keep(top, found, count);
        added += 1;
      }
    }

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
    take(top.map((related) => related.item));
    take(byLang.get(item.lang)!);
    // Only a language with fewer than `count` other articles gets here: other
    // languages are then scored in full, a group offering one op-ed per language.
    if (chosen.length < count) {
      const others = new Set<T>();
      for (const id of authors) byAuthor.get(id)!.forEach((other) => others.add(other));
      for (const tag of tags) byTag.get(tag)!.forEach((other) => others.add(other));
      const related = [...others]
        .filter((other) => other.groupId !== item.groupId && other.lang !== item.lang)
        .map(relation);
      const ranked: Related<T>[] = [];
      for (const other of related) keep(ranked, other, 2 * count * byLang.size);
      take(ranked.map((other) => other.item));
      take(items);
    }
    result.set(item, chosen);
  }
  return result;
}

/** Adds `candidate` to `top`, the `k` strongest so far, strongest first (a partial sort; it may be there already). */
function keep<T>(top: Related<T>[], candidate: Related<T>, k: number): void {
  if (top.length === k && stronger(candidate, top[k - 1]!) >= 0) return;
  if (top.some((kept) => kept.item === candidate.item)) return;
  let at = top.length === k ? k - 1 : top.length;
  while (at > 0 && stronger(candidate, top[at - 1]!) < 0) {
    top[at] = top[at - 1]!;
    at -= 1;
  }
  top[at] = candidate;
}
