import { describe, expect, it } from 'vitest';
import {
  formatReaderDate,
  parseOffsetDateTime,
  toIsoWithOffset,
} from '../../src/content-model/offset-date-time';

describe('parseOffsetDateTime', () => {
  it('keeps the instant and the offset the editor wrote', () => {
    const parsed = parseOffsetDateTime('2019-06-10T10:00:00+06:00');
    expect(parsed?.instant.toISOString()).toBe('2019-06-10T04:00:00.000Z');
    expect(parsed?.offset).toBe('+06:00');
  });

  it.each([
    '2019-06-10',
    '2019-06-10T10:00:00',
    '2019-02-30T10:00:00+06:00',
    '10/06/2019',
    '2019-06-10T25:00:00+06:00',
  ])('rejects %s', (value) => {
    expect(parseOffsetDateTime(value)).toBeUndefined();
  });
});

describe('reader-facing dates', () => {
  it('shows the calendar day at the author’s offset, not UTC', () => {
    // 00:30 in Almaty is still the previous day in UTC.
    expect(formatReaderDate('2019-06-10T00:30:00+06:00', 'en')).toBe('10 June 2019');
    expect(toIsoWithOffset('2019-06-10T00:30+06:00')).toBe('2019-06-10T00:30:00+06:00');
  });

  it('formats in the op-ed’s language', () => {
    expect(formatReaderDate('2019-06-10T10:00:00+06:00', 'ru')).toBe('10 июня 2019 г.');
  });
});
