import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { publishedSocialImages } from '../../src/lib/published-social-images';
import { drawSocialImages } from '../../src/lib/social-image';

const contentDir = 'tests/fixtures/sharing-drafts-and-schedule';

describe('the published op-eds’ social images, read from the content folder', () => {
  const images = publishedSocialImages(contentDir);

  it('are the published op-eds only, oldest first, with headline, byline and kicker', () => {
    expect(images.map((image) => image.id)).toEqual(['script-in-the-headline', 'kazakh-after-the-vote']);
    expect(images[1]!.input).toEqual({
      headline: '«Қазақстан: сайлаудан кейін не болады?»',
      authors: ['Әлия Нұрланқызы', 'Ivan Petrov'],
      siteName: site.name,
      kicker: 'Пікір',
      lang: 'kk',
    });
  });

  it('are drawn once, and drawing stops when asked', async () => {
    const inputs = images.map((image) => image.input);
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-ahead-'));
    expect(await drawSocialImages(inputs, () => false, cacheDir)).toBe(2);
    expect(await drawSocialImages(inputs, () => false, cacheDir)).toBe(0);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const stoppedDir = mkdtempSync(join(tmpdir(), 'og-ahead-'));
    expect(await drawSocialImages(inputs, () => true, stoppedDir)).toBe(0);
    expect(readdirSync(stoppedDir)).toEqual([]);
  });
});
