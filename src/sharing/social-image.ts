import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { fitText } from './fit-text.ts';
import { buildSettings } from '../config/env.ts';

/**
 * The 1200×630 preview image of an op-ed (the size Facebook, LinkedIn, X and
 * Telegram all show large), drawn with satori and encoded by sharp. Images are
 * cached by a hash of everything drawn, so an unchanged op-ed is not redrawn.
 */
export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Bump when the drawing or encoding changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 5;

const PADDING = 64;
const TEXT_WIDTH = SOCIAL_IMAGE.width - 2 * PADDING;
/**
 * The light-theme values of src/styles/tokens.css (satori cannot read CSS
 * custom properties), plus a byline shade: each text block has its own
 * colour, which lets tests find its ink in the SVG.
 */
export const socialImageColors = {
  bg: '#fdfcf8',
  headline: '#1b1b1b',
  byline: '#3d3935',
  siteName: '#555049',
  date: '#4a453f',
  accent: '#a3141c',
  rule: '#d9d4ca',
} as const;
const colors = socialImageColors;

/** Where each block is drawn; tests check the rendered ink stays in these boxes. */
export const socialImageLayout = {
  kicker: { top: 52, left: PADDING, width: TEXT_WIDTH, height: 44 },
  headline: { top: 112, left: PADDING, width: TEXT_WIDTH, height: 330 },
  authors: { top: 476, left: PADDING, width: TEXT_WIDTH, height: 76 },
  siteName: { top: 560, left: PADDING, width: TEXT_WIDTH / 2, height: 34 },
  date: { top: 560, left: PADDING + TEXT_WIDTH / 2, width: TEXT_WIDTH / 2, height: 34 },
} as const;

const headlineFit = {
  ...socialImageLayout.headline,
  sizes: [72, 64, 56, 50, 44, 40, 36, 32],
  lineHeight: 1.15,
};
const authorsFit = {
  ...socialImageLayout.authors,
  sizes: [30, 26, 22, 18],
  lineHeight: 1.2,
};

export interface SocialImageInput {
  headline: string;
  /** Author names in byline order. */
  authors: readonly string[];
  siteName: string;
  /** The publication date as readers see it ("10 June 2019"): an old op-ed never looks like this week's news. */
  date: string;
  /** The localized word "Opinion". */
  kicker: string;
  lang: string;
}

const fontPackage = resolve('node_modules/@fontsource/noto-serif');
let fontVersion: string | undefined;
const readFontVersion = (): string =>
  (fontVersion ??= (
    JSON.parse(readFileSync(join(fontPackage, 'package.json'), 'utf-8')) as { version: string }
  ).version);

const fontSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
/**
 * Each subset is registered under its own family name and listed in
 * font-family order: satori falls back between families for missing glyphs,
 * not between files that share one name.
 */
const fontFamily = fontSubsets.map((subset) => `Noto Serif ${subset}`).join(', ');

/** Noto Serif, regular and bold, in the subsets that cover English, Russian and Kazakh. */
function loadFonts() {
  return fontSubsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Serif ${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(join(fontPackage, `files/noto-serif-${subset}-${weight}-normal.woff`)),
    })),
  );
}
let fonts: ReturnType<typeof loadFonts> | undefined;

export function joinAuthors(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
}

function block(
  box: { top: number; left: number; width: number; height: number },
  style: object,
  text: string,
) {
  return {
    type: 'div',
    props: { style: { position: 'absolute', display: 'flex', ...box, ...style }, children: text },
  };
}

/** The image as SVG (text drawn as paths), before encoding. */
export async function renderSocialImageSvg(input: SocialImageInput): Promise<string> {
  const headline = fitText(input.headline, headlineFit);
  const authors = joinAuthors(input.authors);
  const authorsSize = fitText(authors, authorsFit);
  const { kicker, headline: headlineBox, authors: authorsBox, siteName, date } = socialImageLayout;
  const tree = {
    type: 'div',
    props: {
      lang: input.lang,
      style: {
        display: 'flex',
        position: 'relative',
        width: SOCIAL_IMAGE.width,
        height: SOCIAL_IMAGE.height,
        background: colors.bg,
        fontFamily,
      },
      children: [
        block({ top: 0, left: 0, width: SOCIAL_IMAGE.width, height: 12 }, { background: colors.accent }, ''),
        block(
          kicker,
          {
            color: colors.accent,
            fontSize: 28,
            fontWeight: 700,
            letterSpacing: 2,
            textTransform: 'uppercase',
          },
          input.kicker,
        ),
        block(
          headlineBox,
          {
            color: colors.headline,
            fontSize: headline.fontSize,
            fontWeight: 700,
            lineHeight: headlineFit.lineHeight,
            wordBreak: 'break-word',
          },
          input.headline,
        ),
        block({ ...authorsBox, top: authorsBox.top - 16, height: 2 }, { background: colors.rule }, ''),
        block(
          authorsBox,
          {
            color: colors.byline,
            fontSize: authorsSize.fontSize,
            lineHeight: authorsFit.lineHeight,
            wordBreak: 'break-word',
          },
          authors,
        ),
        block(siteName, { color: colors.siteName, fontSize: 24 }, input.siteName),
        block(date, { color: colors.date, fontSize: 24, justifyContent: 'flex-end' }, input.date),
      ],
    },
  };
  fonts ??= loadFonts();
  return satori(tree as Parameters<typeof satori>[0], {
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    fonts,
  });
}

/**
 * The image as lossless full-colour PNG at a low zlib level: a cold build
 * draws one per op-ed, so encoding speed matters more than a few kilobytes
 * (the figures are in README, "Performance").
 */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
  const svg = await renderSocialImageSvg(input);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}

/** Cache folder; tests point SOCIAL_IMAGE_CACHE_DIR at a temporary one. */
export function socialImageCacheDir(): string {
  return buildSettings().socialImageCacheDir;
}

/** Hash of every input that changes a pixel. */
export function socialImageKey(input: SocialImageInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ input, template: TEMPLATE_VERSION, font: readFontVersion() }))
    .digest('hex')
    .slice(0, 32);
}

/** The cached PNG file for `input`, drawn first if there is none. */
export async function ensureSocialImage(
  input: SocialImageInput,
  cacheDir = socialImageCacheDir(),
): Promise<{ file: string; generated: boolean }> {
  const file = join(cacheDir, `${socialImageKey(input)}.png`);
  if (existsSync(file)) return { file, generated: false };
  const png = await renderSocialImage(input);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so parallel builds never read a half-written file.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { file, generated: true };
}

/** The PNG for `input`, drawn only when no cached copy exists. */
export async function getSocialImage(
  input: SocialImageInput,
  cacheDir = socialImageCacheDir(),
): Promise<{ png: Buffer; generated: boolean }> {
  const { file, generated } = await ensureSocialImage(input, cacheDir);
  return { png: readFileSync(file), generated };
}
