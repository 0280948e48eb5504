import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui';

describe('t()', () => {
  it('returns the string in the requested language', () => {
    expect(t('opinion.kicker', 'ru')).toBe('Мнение');
    expect(t('opinion.kicker', 'kk')).toBe('Пікір');
  });

  it('falls back to English for a missing translation', () => {
    expect(t('home.empty', 'kk')).toBe(t('home.empty', 'en'));
  });

  it('fills placeholders', () => {
    expect(t('opinion.linkToPoint', 'en', { n: 3 })).toBe('Link to point 3');
  });
});
