import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

/**
 * Raster icons, drawn at build time from the one SVG favicon in public/, so
 * the mark is defined once. Transparent corners are filled with the mark's
 * own red: iOS would show them black.
 */
export const icons = {
  favicon: { path: '/favicon.svg', type: 'image/svg+xml' },
  appleTouch: { path: '/apple-touch-icon.png', size: 180, type: 'image/png' },
  /** Also the publisher logo in structured data. */
  large: { path: '/icon-512.png', size: 512, type: 'image/png' },
} as const;

export const themeColor = '#a3141c';

export async function renderIconPng(size: number): Promise<Buffer> {
  const svg = readFileSync(resolve('public/favicon.svg'));
  return sharp(svg, { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .flatten({ background: themeColor })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
