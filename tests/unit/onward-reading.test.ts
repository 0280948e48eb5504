import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/config/site';
import { onwardReading, type Readable } from '../../src/routing/onward-reading';

/** The rule as the docs state it, scoring every op-ed against every other: slow, and plainly right. */
function byTheRule(items: readonly Readable[], count = 3): Map<Readable, Readable[]> {
  const result = new Map<Readable, Readable[]>();
  items.forEach((item) => {
    const rank = (other: Readable) => ({
      other,
      sameAuthor: other.authorIds.some((id) => item.authorIds.includes(id)),
      shared: new Set(other.tags.filter((tag) => item.tags.includes(tag))).size,
      age: items.indexOf(other),
    });
    const related = items
      .filter((other) => other.groupId !== item.groupId)
      .map(rank)
      .filter(({ sameAuthor, shared }) => sameAuthor || shared > 0)
      .sort((a, b) => Number(b.sameAuthor) - Number(a.sameAuthor) || b.shared - a.shared || a.age - b.age)
      .map(({ other }) => other);
    const chosen: Readable[] = [];
    const groups = new Set([item.groupId]);
    const take = (candidates: readonly Readable[]) => {
      for (const candidate of candidates) {
        if (chosen.length < count && !groups.has(candidate.groupId)) {
          groups.add(candidate.groupId);
          chosen.push(candidate);
        }
      }
    };
    take(related.filter((other) => other.lang === item.lang));
    take(items.filter((other) => other.lang === item.lang));
    take(related.filter((other) => other.lang !== item.lang));
    take(items);
    result.set(item, chosen);
  });
  return result;
}

/** A seeded archive: a columnist, some co-written op-eds, one topic on about half the op-eds, a few translations, a small language. */
function archive(size: number, seed: number): Readable[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const items: Readable[] = [];
  for (let index = 0; index < size; index++) {
    const translates =
      index > 5 && random() < 0.1 ? pick(items.filter((item) => item.lang === 'en')) : undefined;
    const lang: Locale = translates ? pick(['ru', 'kk'] as const) : random() < 0.9 ? 'en' : 'kk';
    if (translates && items.some((item) => item.groupId === translates.groupId && item.lang === lang))
      continue;
    const tags = new Set<string>();
    if (random() < 0.5) tags.add('main');
    for (let n = Math.floor(random() * 3); n > 0; n--) tags.add(`topic-${Math.floor(random() * 8)}`);
    const id = `op-${index}`;
    items.push({
      id,
      lang,
      authorIds: [
        random() < 0.15 ? 'columnist' : `author-${Math.floor(random() * 12)}`,
        ...(random() < 0.2 ? [`author-${Math.floor(random() * 12)}`] : []),
      ],
      tags: [...tags],
      groupId: translates?.groupId ?? id,
    });
  }
  return items;
}

describe('onward reading', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('chooses what scoring every pair would choose (archive %i)', (seed) => {
    const items = archive(400, seed);
    const expected = byTheRule(items);
    const actual = onwardReading(items);
    expect(items.map((item) => actual.get(item)!.map((other) => other.id))).toEqual(
      items.map((item) => expected.get(item)!.map((other) => other.id)),
    );
  });

  it('fills a language with a single op-ed from the others', () => {
    const alone: Readable = {
      id: 'alone',
      lang: 'ru',
      authorIds: ['columnist'],
      tags: ['main'],
      groupId: 'alone',
    };
    const items = [...archive(60, 7).filter((item) => item.lang !== 'ru'), alone];
    const chosen = onwardReading(items).get(alone)!;
    expect(chosen).toHaveLength(3);
    expect(chosen.map((other) => other.id)).toEqual(
      byTheRule(items)
        .get(alone)!
        .map((other) => other.id),
    );
  });
});
