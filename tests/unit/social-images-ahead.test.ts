import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { drawSocialImages, socialImageInputsFromFiles } from '../../src/lib/social-images-ahead';

const contentDir = 'tests/fixtures/sharing-drafts-and-schedule';

describe('social images drawn ahead of the build', () => {
  const inputs = socialImageInputsFromFiles(contentDir);

  it('are the published op-eds’ images, oldest first, as the build would draw them', () => {
    expect(inputs.map((input) => input.headline)).toEqual([
      '</script><script>alert(1)</script> & other “tricks” in a headline',
      '«Қазақстан: сайлаудан кейін не болады?»',
    ]);
    expect(inputs[1]).toEqual({
      headline: '«Қазақстан: сайлаудан кейін не болады?»',
      authors: ['Әлия Нұрланқызы', 'Ivan Petrov'],
      siteName: site.name,
      kicker: 'Пікір',
      lang: 'kk',
    });
  });

  it('draws each image once, and stops when asked', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-ahead-'));
    expect(await drawSocialImages(inputs, () => false, cacheDir)).toBe(2);
    expect(await drawSocialImages(inputs, () => false, cacheDir)).toBe(0);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const stoppedDir = mkdtempSync(join(tmpdir(), 'og-ahead-'));
    expect(await drawSocialImages(inputs, () => true, stoppedDir)).toBe(0);
    expect(readdirSync(stoppedDir)).toEqual([]);
  });
});
