import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst } from '../../src/content-model/publication';

const now = new Date('2026-01-01T00:00:00Z');

describe('isPublished', () => {
  it('publishes a past, non-draft op-ed', () => {
    expect(
      isPublished({ draft: false, published: '2019-06-10T10:00:00+06:00' }, { now, preview: false }),
    ).toBe(true);
  });

  it('keeps drafts out of the production build', () => {
    expect(
      isPublished({ draft: true, published: '2019-06-10T10:00:00+06:00' }, { now, preview: false }),
    ).toBe(false);
  });

  it('treats a future publication time as scheduled, to the minute', () => {
    expect(
      isPublished({ draft: false, published: '2026-01-01T06:01:00+06:00' }, { now, preview: false }),
    ).toBe(false);
    expect(
      isPublished({ draft: false, published: '2026-01-01T06:00:00+06:00' }, { now, preview: false }),
    ).toBe(true);
  });

  it('shows drafts and scheduled op-eds in preview', () => {
    expect(isPublished({ draft: true, published: '2999-01-01T00:00:00+06:00' }, { now, preview: true })).toBe(
      true,
    );
  });
});

describe('newestFirst', () => {
  it('orders by instant, whatever the offsets', () => {
    const entries = [
      { id: 'a', data: { published: '2019-06-10T10:00:00+06:00' } }, // 04:00Z
      { id: 'b', data: { published: '2019-06-10T05:00:00+00:00' } }, // 05:00Z
      { id: 'c', data: { published: '2019-06-10T01:00:00-05:00' } }, // 06:00Z
    ];
    expect(entries.sort(newestFirst).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });
});
