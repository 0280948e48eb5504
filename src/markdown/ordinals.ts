import type { Locale } from '../config/site';

/**
 * Ordinal words an author may open a numbered point with, per language, as
 * parallel series ("First, Second…" or "Firstly, Secondly…"): a list keeps
 * to the series its first point uses. Aliases are other openings that count
 * as a position in a series, such as "First of all". Matching ignores case.
 */
interface OrdinalVocabulary {
  series: readonly (readonly string[])[];
  aliases: Readonly<Record<string, { series: number; index: number }>>;
}

const vocabulary: Record<Locale, OrdinalVocabulary> = {
  en: {
    series: [
      ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
      [
        'firstly',
        'secondly',
        'thirdly',
        'fourthly',
        'fifthly',
        'sixthly',
        'seventhly',
        'eighthly',
        'ninthly',
        'tenthly',
      ],
    ],
    aliases: { 'first of all': { series: 0, index: 0 } },
  },
  ru: {
    series: [
      [
        'во-первых',
        'во-вторых',
        'в-третьих',
        'в-четвёртых',
        'в-пятых',
        'в-шестых',
        'в-седьмых',
        'в-восьмых',
        'в-девятых',
        'в-десятых',
      ],
      [
        'первое',
        'второе',
        'третье',
        'четвёртое',
        'пятое',
        'шестое',
        'седьмое',
        'восьмое',
        'девятое',
        'десятое',
      ],
    ],
    aliases: {
      'в-четвертых': { series: 0, index: 3 },
      четвертое: { series: 1, index: 3 },
      'прежде всего': { series: 0, index: 0 },
      'в первую очередь': { series: 0, index: 0 },
    },
  },
  kk: {
    series: [
      [
        'біріншіден',
        'екіншіден',
        'үшіншіден',
        'төртіншіден',
        'бесіншіден',
        'алтыншыдан',
        'жетіншіден',
        'сегізіншіден',
        'тоғызыншыдан',
        'оныншыдан',
      ],
      [
        'бірінші',
        'екінші',
        'үшінші',
        'төртінші',
        'бесінші',
        'алтыншы',
        'жетінші',
        'сегізінші',
        'тоғызыншы',
        'оныншы',
      ],
      // "Біріншісі – …": "the first (of them) is …".
      [
        'біріншісі',
        'екіншісі',
        'үшіншісі',
        'төртіншісі',
        'бесіншісі',
        'алтыншысы',
        'жетіншісі',
        'сегізіншісі',
        'тоғызыншысы',
        'оныншысы',
      ],
    ],
    aliases: {
      'ең алдымен': { series: 0, index: 0 },
      'бірінші кезекте': { series: 0, index: 0 },
    },
  },
};

interface OrdinalMatch {
  /** Position the word stands for (0 is "first"). */
  index: number;
  /** Which series the word belongs to. */
  series: number;
  /** The word as the author wrote it. */
  word: string;
}

/** Every opening word of a language, longest first, so "firstly" wins over "first". */
const openings = new Map(
  Object.entries(vocabulary).map(([locale, { series, aliases }]) => {
    const words = [
      ...series.flatMap((words, seriesIndex) =>
        words.map((word, index) => ({ word, index, series: seriesIndex })),
      ),
      ...Object.entries(aliases).map(([word, position]) => ({ word, ...position })),
    ];
    return [locale as Locale, words.sort((a, b) => b.word.length - a.word.length)];
  }),
);

/** The word an editor should use for position `index` (0-based) in `series`, capitalised. */
export function expectedOrdinal(index: number, locale: Locale, series = 0): string | undefined {
  const word = vocabulary[locale].series[series]?.[index];
  return word && word[0]!.toLocaleUpperCase(locale) + word.slice(1);
}

/** The ordinal word that opens `text`, if any. */
export function detectOrdinal(text: string, locale: Locale): OrdinalMatch | undefined {
  const trimmed = text.trimStart();
  const opening = trimmed.toLocaleLowerCase(locale);
  for (const { word, index, series } of openings.get(locale)!) {
    // The word must end at punctuation, a space or the end of the text.
    if (opening.startsWith(word) && !/[\p{L}\p{N}]/u.test(opening.charAt(word.length))) {
      return { index, series, word: trimmed.slice(0, word.length) };
    }
  }
  return undefined;
}

export interface PointProblem {
  /** 1-based position of the point in its list. */
  point: number;
  message: string;
}

/**
 * Checks the texts of one numbered list. A list whose points use no ordinal
 * words is fine; once any point does, every point must, in order.
 */
export function validatePoints(texts: readonly string[], locale: Locale): PointProblem[] {
  const problems: PointProblem[] = [];
  const found = texts.map((text) => detectOrdinal(text, locale));
  const usesOrdinals = found.some(Boolean);
  const series = found[0]?.series ?? 0;
  const maxPoints = vocabulary[locale].series[series]!.length;
  texts.forEach((text, index) => {
    const point = index + 1;
    if (text.trim() === '') {
      problems.push({
        point,
        message: `point ${point} is empty. Write its text between <Point> and </Point>, or delete it.`,
      });
      return;
    }
    if (!usesOrdinals) return;
    const expected = expectedOrdinal(index, locale, series);
    const ordinal = found[index];
    if (!expected) {
      problems.push({
        point,
        message: `point ${point}: a list with ordinal words can have at most ${maxPoints} points.`,
      });
    } else if (!ordinal) {
      problems.push({
        point,
        message: `point ${point} should start with “${expected}” (the other points open with ordinal words), but it starts “${text.trim().slice(0, 30)}”.`,
      });
    } else if (ordinal.index !== index) {
      problems.push({
        point,
        message: `point ${point} starts with “${ordinal.word}”, but point ${point} should start with “${expected}”. Put the points in order or fix the word.`,
      });
    }
  });
  return problems;
}
