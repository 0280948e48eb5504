import type { Locale } from '../config/site';

/** Each language's name in itself, as readers pick it ("Read in Русский"). */
const autonyms: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

/** Open Graph locales (language_TERRITORY); Kazakh and Russian as written in Kazakhstan. */
const openGraphLocales: Record<Locale, string> = {
  en: 'en_GB',
  ru: 'ru_RU',
  kk: 'kk_KZ',
};

export function languageName(locale: Locale): string {
  return autonyms[locale];
}

/** The `og:locale` value for a page in `locale`, e.g. "ru_RU". */
export function ogLocale(locale: Locale): string {
  return openGraphLocales[locale];
}
