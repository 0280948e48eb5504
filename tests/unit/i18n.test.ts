import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/config/site';
import { t, untranslatedKeys } from '../../src/i18n/ui';
import { languageName, ogLocale } from '../../src/i18n/locales';

describe('t()', () => {
  it('returns the string in the requested language', () => {
    expect(t('opinion.kicker', 'ru')).toBe('Мнение');
    expect(t('opinion.kicker', 'kk')).toBe('Пікір');
  });

  it('falls back to English for a language without a dictionary yet', () => {
    expect(t('home.empty', 'uz' as Locale)).toBe('No op-eds have been published yet.');
  });

  it('fills placeholders', () => {
    expect(t('opinion.linkToPoint', 'en', { n: 3 })).toBe('Link to point 3');
  });
});

describe('languages', () => {
  it('has every UI string in Russian and Kazakh', () => {
    expect(untranslatedKeys('ru')).toEqual([]);
    expect(untranslatedKeys('kk')).toEqual([]);
  });

  it('names each language in itself and gives its og:locale', () => {
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('kk')).toBe('Қазақша');
    expect(ogLocale('en')).toBe('en_GB');
    expect(ogLocale('ru')).toBe('ru_RU');
    expect(ogLocale('kk')).toBe('kk_KZ');
  });
});
