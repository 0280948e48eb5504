import { site, type Locale } from '../config/site';

/** An author file's text given once for every language, or per language. */
export type PerLanguageText = string | Partial<Record<Locale, string | undefined>>;

/**
 * The text for `lang`: the one given for every language, else that
 * language's, else the site's default language's, else the first one given.
 */
export function localizedText(value: PerLanguageText, lang: Locale): string;
export function localizedText(value: PerLanguageText | undefined, lang: Locale): string | undefined;
export function localizedText(value: PerLanguageText | undefined, lang: Locale): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[lang] ?? value[site.defaultLocale] ?? Object.values(value).find(Boolean);
}
