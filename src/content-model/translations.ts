import type { Opinion } from './entries';
import { locales, type Locale } from '../config/site';

/** What translation grouping reads of an op-ed (`translationOf` is Astro's reference). */
export type TranslatableOpinion = Pick<Opinion, 'id'> & {
  filePath?: string | undefined;
  data: Pick<Opinion['data'], 'lang'> & { translationOf?: { id: string } | undefined };
};

/** One language version of an op-ed, as a link target. */
export interface TranslationGroup<T extends TranslatableOpinion> {
  /** Id of the op-ed the others translate (it may be unpublished). */
  originalId: string;
  /** Published members, the original first, then in the site's language order. */
  members: T[];
}

/** An hreflang alternate: a language (or x-default, the original) and an op-ed id. */
export interface Alternate {
  hreflang: Locale | 'x-default';
  id: string;
}

const where = (opinion: TranslatableOpinion) => opinion.filePath ?? opinion.id;

/**
 * Groups op-eds by the original they translate. `translationOf` may point at
 * another translation; the chain is followed to the op-ed that translates
 * nothing. A chain that loops, or two op-eds in one language in a group,
 * stops the build with the file and the fix.
 */
export function translationGroups<T extends TranslatableOpinion>(
  opinions: readonly T[],
): Map<string, TranslationGroup<T>> {
  const byId = new Map(opinions.map((opinion) => [opinion.id, opinion]));
  const originalOf = (opinion: T): string => {
    const seen = new Set<string>([opinion.id]);
    let current: T | undefined = opinion;
    let id = opinion.id;
    while (current?.data.translationOf) {
      id = current.data.translationOf.id;
      if (seen.has(id)) {
        throw new Error(
          `${where(opinion)}: translationOf goes round in a circle (${[...seen, id].join(' → ')}). The original op-ed must not have translationOf; remove it there.`,
        );
      }
      seen.add(id);
      current = byId.get(id);
    }
    return id;
  };

  const groups = new Map<string, TranslationGroup<T>>();
  for (const opinion of opinions) {
    const originalId = originalOf(opinion);
    const group = groups.get(originalId) ?? { originalId, members: [] };
    const clash = group.members.find((member) => member.data.lang === opinion.data.lang);
    if (clash) {
      throw new Error(
        `${where(opinion)}: translationOf makes it a second “${opinion.data.lang}” version of “${originalId}”, besides ${where(clash)}. A group has one op-ed per language: fix lang or translationOf in one of them.`,
      );
    }
    group.members.push(opinion);
    groups.set(originalId, group);
  }
  const rank = (opinion: T, originalId: string) =>
    opinion.id === originalId ? -1 : locales.indexOf(opinion.data.lang);
  for (const group of groups.values()) {
    group.members.sort((a, b) => rank(a, group.originalId) - rank(b, group.originalId));
  }
  return groups;
}

/** Each group map's members by id, built once per map: a lookup per op-ed, not a scan of every group. */
const membersIndex = new WeakMap<ReadonlyMap<string, TranslationGroup<never>>, Map<string, unknown>>();

/** The group `opinion` belongs to (just itself when it has no translations). */
export function groupOf<T extends TranslatableOpinion>(
  opinion: T,
  groups: ReadonlyMap<string, TranslationGroup<T>>,
): TranslationGroup<T> {
  const key = groups as unknown as ReadonlyMap<string, TranslationGroup<never>>;
  let index = membersIndex.get(key);
  if (!index) {
    index = new Map();
    for (const group of groups.values()) for (const member of group.members) index.set(member.id, group);
    membersIndex.set(key, index);
  }
  return (
    (index.get(opinion.id) as TranslationGroup<T> | undefined) ?? {
      originalId: opinion.id,
      members: [opinion],
    }
  );
}

/**
 * hreflang alternates for every member of `opinion`'s group, itself
 * included, plus x-default for the original when it is published. An op-ed
 * with no published translation has none.
 */
export function alternatesOf<T extends TranslatableOpinion>(
  opinion: T,
  groups: ReadonlyMap<string, TranslationGroup<T>>,
): Alternate[] {
  const { originalId, members } = groupOf(opinion, groups);
  if (members.length < 2) return [];
  const alternates: Alternate[] = members.map((member) => ({ hreflang: member.data.lang, id: member.id }));
  if (members.some((member) => member.id === originalId)) {
    alternates.push({ hreflang: 'x-default', id: originalId });
  }
  return alternates;
}
