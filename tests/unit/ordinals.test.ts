import { describe, expect, it } from 'vitest';
import { detectOrdinal, validatePoints } from '../../src/markdown/ordinals';

describe('detectOrdinal', () => {
  it('recognises the seed’s two styles', () => {
    expect(detectOrdinal('First. Young people have been active.', 'en')?.index).toBe(0);
    expect(detectOrdinal('First of all, the new power', 'en')).toEqual({
      index: 0,
      series: 0,
      word: 'First of all',
    });
    expect(detectOrdinal('Fourth, no drastic changes', 'en')?.index).toBe(3);
  });

  it('does not mistake a longer word for an ordinal', () => {
    expect(detectOrdinal('Firstborn children', 'en')).toBeUndefined();
    expect(detectOrdinal('Secondary schools', 'en')).toBeUndefined();
  });

  it('knows Russian and Kazakh ordinals', () => {
    expect(detectOrdinal('Во-вторых, выборы', 'ru')?.index).toBe(1);
    expect(detectOrdinal('Үшіншіден, сайлау', 'kk')?.index).toBe(2);
  });

  it('knows every Kazakh series and “first of all” in Russian and Kazakh', () => {
    expect(validatePoints(['Біріншіден, жастар.', 'Екіншіден, элита.', 'Үшіншіден, ақпарат.'], 'kk')).toEqual(
      [],
    );
    expect(validatePoints(['Ең алдымен, талдау.', 'Екіншіден, әкімшілік.'], 'kk')).toEqual([]);
    expect(validatePoints(['Біріншісі – жастар.', 'Екіншісі – элита.'], 'kk')).toEqual([]);
    expect(validatePoints(['Бірінші кезекте, талдау.', 'Екіншіден, реформа.'], 'kk')).toEqual([]);
    expect(validatePoints(['В первую очередь, анализ.', 'Во-вторых, реформы.'], 'ru')).toEqual([]);
    expect(validatePoints(['Біріншіден, жастар.', 'Үшіншіден, ақпарат.'], 'kk')[0]!.message).toContain(
      'should start with “Екіншіден”',
    );
  });
});

describe('validatePoints', () => {
  it('accepts points in order', () => {
    expect(validatePoints(['First. a', 'Second. b', 'Third. c'], 'en')).toEqual([]);
  });

  it('names the point and the expected ordinal when one is out of sequence', () => {
    const problems = validatePoints(['First. a', 'Third. b'], 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.point).toBe(2);
    expect(problems[0]!.message).toContain('“Third”');
    expect(problems[0]!.message).toContain('“Second”');
  });

  it('flags a point that drops its ordinal word in an ordinal list', () => {
    expect(validatePoints(['First. a', 'And b'], 'en')[0]!.message).toContain('should start with “Second”');
  });

  it('rejects empty points', () => {
    expect(validatePoints(['First. a', '  '], 'en')[0]!.message).toContain('point 2 is empty');
  });

  it('allows lists that use no ordinal words at all', () => {
    expect(validatePoints(['Young people.', 'The elite.'], 'en')).toEqual([]);
  });
});

describe('ordinal series', () => {
  it('expects the next word in the series the list started with', () => {
    expect(validatePoints(['Firstly, a', 'Third, b'], 'en')[0]!.message).toContain(
      'should start with “Secondly”',
    );
    expect(validatePoints(['Первое: a', 'Третье: b'], 'ru')[0]!.message).toContain(
      'should start with “Второе”',
    );
  });
});
