import { describe, expect, it } from 'vitest';
import { readPublishedOpinionFiles } from '../../src/lib/opinion-files';
import { sitemapLastModified } from '../../src/sharing/sitemap';
import { absoluteUrl, opinionPath } from '../../src/routing/urls';

describe('sitemapLastModified', () => {
  const dates = sitemapLastModified(
    readPublishedOpinionFiles('tests/fixtures/sharing-drafts-and-schedule/opinions'),
  );

  it('dates an op-ed by its update, in the editor’s offset, keyed by its page URL', () => {
    expect(dates.get(absoluteUrl(opinionPath('kazakh-after-the-vote')))).toBe('2024-03-02T18:30:00+05:00');
  });

  it('falls back to the publication time when there is no update', () => {
    expect(dates.get(absoluteUrl(opinionPath('script-in-the-headline')))).toBe('2024-02-01T12:00:00+06:00');
  });

  it('dates no draft or scheduled op-ed', () => {
    expect([...dates.keys()].sort()).toEqual(
      ['kazakh-after-the-vote', 'script-in-the-headline'].map((id) => absoluteUrl(opinionPath(id))).sort(),
    );
  });
});
