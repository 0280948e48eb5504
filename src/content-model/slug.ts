import slugify from '@sindresorhus/slugify';

/**
 * Kazakh letters that the transliteration library does not know (it covers
 * Russian Cyrillic). Mapped to the base letters of the 2021 Kazakh Latin
 * alphabet, without diacritics so URLs stay ASCII: Қазақстан → qazaqstan.
 */
const kazakhLetters: [string, string][] = [
  ['Ә', 'A'],
  ['ә', 'a'],
  ['Ғ', 'G'],
  ['ғ', 'g'],
  ['Қ', 'Q'],
  ['қ', 'q'],
  ['Ң', 'N'],
  ['ң', 'n'],
  ['Ө', 'O'],
  ['ө', 'o'],
  ['Ұ', 'U'],
  ['ұ', 'u'],
  ['Ү', 'U'],
  ['ү', 'u'],
  ['Һ', 'H'],
  ['һ', 'h'],
  ['І', 'I'],
  ['і', 'i'],
];

/** An ASCII URL slug for a headline in English, Russian or Kazakh. */
/** Whether `text` has a letter of Kazakh's Cyrillic alphabet that Russian lacks. */
export function hasKazakhLetter(text: string): boolean {
  return kazakhLetters.some(([letter]) => text.includes(letter));
}

export function slugFromHeadline(headline: string): string {
  return slugify(headline, { customReplacements: kazakhLetters });
}

/** What a slug must look like: lower-case ASCII letters and digits joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
