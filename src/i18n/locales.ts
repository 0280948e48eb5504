import { site, type Locale } from '../config/site';

/** Each language's name in itself, as readers pick it ("Read in Русский"). */
const autonyms: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

export function languageName(locale: Locale): string {
  return autonyms[locale];
}

/** The `og:locale` value for a page in `locale`, e.g. "ru_RU", from the site config. */
export function ogLocale(locale: Locale): string {
  return site.ogLocales[locale];
}
