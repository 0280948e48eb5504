import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  getSocialImage,
  renderSocialImageSvg,
  SOCIAL_IMAGE,
  socialImageColors,
  socialImageKey,
  socialImageLayout,
  type SocialImageInput,
} from '../../src/sharing/social-image';

const base: SocialImageInput = {
  headline: 'After the 2019 election: what’s next for Kazakhstan',
  authors: ['Guest contributor'],
  siteName: 'The Steppe Opinion',
  date: '10 June 2019',
  kicker: 'Opinion',
  lang: 'en',
};
const kazakh = {
  ...base,
  headline: '«Қазақстан: сайлаудан кейін не болады?»',
  date: '2019 ж. 10 маусым',
  kicker: 'Пікір',
  lang: 'kk',
};
/** Exactly 200 characters, the schema's maximum for a title. */
const longHeadline =
  'Why the promised reform of regional government, long delayed by ministries that fear losing their budgets, still matters to ordinary voters in Almaty, Shymkent and Aktobe this year and what comes next';
const longKazakhHeadline = `ҚАЗАҚСТАН: ${'сайлаудан кейін не болады? '.repeat(8)}`.slice(0, 200);

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The bounding box of everything satori drew in `fill`. Satori draws text as
 * paths with absolute coordinates, so every number pair in `d` is a point.
 */
function inkBox(svg: string, fill: string): Box | undefined {
  const points: number[] = [];
  for (const match of svg.matchAll(/<path[^>]*\bfill="([^"]+)"[^>]*\bd="([^"]+)"/g)) {
    if (match[1]!.toLowerCase() !== fill) continue;
    points.push(...(match[2]!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number));
  }
  if (points.length === 0) return undefined;
  const xs = points.filter((_, index) => index % 2 === 0);
  const ys = points.filter((_, index) => index % 2 === 1);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

function expectInside(
  ink: Box | undefined,
  box: { left: number; top: number; width: number; height: number },
) {
  expect(ink).toBeDefined();
  expect(ink!.left).toBeGreaterThanOrEqual(box.left - 2);
  expect(ink!.top).toBeGreaterThanOrEqual(box.top - 2);
  expect(ink!.right).toBeLessThanOrEqual(box.left + box.width + 2);
  expect(ink!.bottom).toBeLessThanOrEqual(box.top + box.height + 2);
}

describe('social image layout', () => {
  it.each([
    ['the seed headline', base],
    ['a Kazakh headline', kazakh],
    ['a 200-character headline', { ...base, headline: longHeadline }],
    ['a 200-character Kazakh headline', { ...kazakh, headline: longKazakhHeadline }],
    ['a 200-character word', { ...base, headline: 'Ә'.repeat(200) }],
    [
      'many authors',
      { ...base, authors: Array.from({ length: 8 }, (_, i) => `Contributor Number ${i + 1}`) },
    ],
  ])('keeps every text block of %s inside its box on the canvas', async (_, input) => {
    const svg = await renderSocialImageSvg(input);
    expectInside(inkBox(svg, socialImageColors.headline), socialImageLayout.headline);
    expectInside(inkBox(svg, socialImageColors.byline), socialImageLayout.authors);
    expectInside(inkBox(svg, socialImageColors.siteName), socialImageLayout.siteName);
    expectInside(inkBox(svg, socialImageColors.date), socialImageLayout.date);
  });

  it('draws the publication date, and draws nothing there without one', async () => {
    expect(inkBox(await renderSocialImageSvg(base), socialImageColors.date)).toBeDefined();
    expect(inkBox(await renderSocialImageSvg({ ...base, date: '' }), socialImageColors.date)).toBeUndefined();
  });

  it('uses a 200-character headline’s room: several lines, not one shrunk line', async () => {
    expect([longHeadline.length, longKazakhHeadline.length]).toEqual([200, 200]);
    const ink = inkBox(
      await renderSocialImageSvg({ ...base, headline: longHeadline }),
      socialImageColors.headline,
    )!;
    expect(ink.bottom - ink.top).toBeGreaterThan(socialImageLayout.headline.height / 2);
  });

  it('has a glyph for every Kazakh letter (none drawn as the missing-glyph box)', async () => {
    const headlineOf = async (text: string) => {
      const svg = await renderSocialImageSvg({ ...base, headline: text });
      return [...svg.matchAll(/<path[^>]*fill="#1b1b1b"[^>]*d="([^"]+)"/g)].map((match) => match[1]).join();
    };
    // U+E000 is a private-use code point no font here has: it draws as .notdef.
    const missing = await headlineOf('\uE000');
    for (const letter of 'ӘҒҚҢӨҰҮҺІәғқңөұүһі') {
      expect(await headlineOf(letter), letter).not.toBe(missing);
    }
  });
});

describe('social image file', () => {
  it('is a 1200×630 PNG under 300 KB, the same bytes every time', async () => {
    const first = await getSocialImage(kazakh, mkdtempSync(join(tmpdir(), 'og-a-')));
    const second = await getSocialImage(kazakh, mkdtempSync(join(tmpdir(), 'og-b-')));
    const meta = await sharp(first.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height });
    expect(first.png.length).toBeLessThanOrEqual(300 * 1024);
    expect(first.png.equals(second.png)).toBe(true);
  });

  it('is drawn once and then read from the cache until an input changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    expect((await getSocialImage(base, cacheDir)).generated).toBe(true);
    const cached = await getSocialImage(base, cacheDir);
    expect(cached.generated).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect((await getSocialImage({ ...base, headline: `${base.headline}!` }, cacheDir)).generated).toBe(true);
    expect((await getSocialImage({ ...base, lang: 'ru' }, cacheDir)).generated).toBe(true);
    expect((await getSocialImage({ ...base, date: '11 June 2019' }, cacheDir)).generated).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(4);
  });
});

describe('when a shared preview image is drawn again', () => {
  it('draws it again when anything it shows changes, and only then', () => {
    const key = socialImageKey(base);
    expect(socialImageKey({ ...base })).toBe(key);
    for (const changed of [
      { ...base, headline: `${base.headline}?` },
      { ...base, authors: ['Another author'] },
      { ...base, siteName: 'Another outlet' },
      { ...base, kicker: 'Пікір', lang: 'kk' },
    ]) {
      expect(socialImageKey(changed), JSON.stringify(changed)).not.toBe(key);
    }
  });
});
