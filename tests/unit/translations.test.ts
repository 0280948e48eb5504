import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/config/site';
import { alternatesOf, groupOf, translationGroups } from '../../src/content-model/translations';

const opinion = (id: string, lang: Locale, translationOf?: string) => ({
  id,
  filePath: `content/opinions/${id}.mdx`,
  data: { lang, translationOf: translationOf ? { id: translationOf } : undefined },
});

const original = opinion('voting-abroad', 'en');
const russian = opinion('golosovanie', 'ru', 'voting-abroad');
// A translation of a translation still belongs to the original's group.
const kazakh = opinion('dauys-beru', 'kk', 'golosovanie');
const alone = opinion('standalone', 'en');

describe('translation groups', () => {
  const groups = translationGroups([kazakh, alone, russian, original]);

  it('groups an original with every translation, original first', () => {
    expect(groupOf(kazakh, groups).members.map((member) => member.id)).toEqual([
      'voting-abroad',
      'golosovanie',
      'dauys-beru',
    ]);
    expect(groupOf(alone, groups).members).toEqual([alone]);
  });

  it('gives every member the same alternates, x-default being the original', () => {
    const expected = [
      { hreflang: 'en', id: 'voting-abroad' },
      { hreflang: 'ru', id: 'golosovanie' },
      { hreflang: 'kk', id: 'dauys-beru' },
      { hreflang: 'x-default', id: 'voting-abroad' },
    ];
    for (const member of [original, russian, kazakh]) expect(alternatesOf(member, groups)).toEqual(expected);
  });

  it('gives an op-ed without translations no alternates', () => {
    expect(alternatesOf(alone, groups)).toEqual([]);
  });

  it('leaves out x-default when the original is not published', () => {
    const withoutOriginal = translationGroups([russian, kazakh]);
    expect(alternatesOf(russian, withoutOriginal).map((alternate) => alternate.hreflang)).toEqual([
      'ru',
      'kk',
    ]);
  });

  it('stops on two versions in one language, naming both files', () => {
    const second = opinion('golosovanie-2', 'ru', 'voting-abroad');
    expect(() => translationGroups([original, russian, second])).toThrow(
      /golosovanie-2\.mdx: translationOf makes it a second “ru” version of “voting-abroad”, besides content\/opinions\/golosovanie\.mdx/,
    );
  });

  it('stops on a translationOf loop', () => {
    expect(() => translationGroups([opinion('a', 'en', 'b'), opinion('b', 'ru', 'a')])).toThrow(
      /a\.mdx: translationOf goes round in a circle \(a → b → a\)/,
    );
    expect(() => translationGroups([opinion('self', 'en', 'self')])).toThrow(/circle/);
  });
});
