import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { readPage, textOf } from '../support/site';

describe('images in op-eds', () => {
  let build: FixtureBuild;
  let figures: Element[];

  beforeAll(() => {
    build = buildFixture('figure-images');
    figures = [...readPage('/opinion/with-figures/', build.outDir).querySelectorAll('article figure')];
  });

  it('shows the lead image and the body figure with alt, caption and credit', () => {
    expect(build.status).toBe(0);
    expect(figures.map((figure) => figure.querySelector('img')!.getAttribute('alt'))).toEqual([
      'A red field with a white sun',
      'A blue square with a white circle',
    ]);
    expect(textOf(figures[1]!.querySelector('figcaption'))).toContain('A polling station, drawn simply.');
    expect(textOf(figures[1]!.querySelector('figcaption .credit'))).toBe('Illustration: Test Fixture');
  });

  it('offers AVIF and WebP in several widths, from this site only', () => {
    for (const figure of figures) {
      const types = [...figure.querySelectorAll('source')].map((source) => source.getAttribute('type'));
      expect(types).toEqual(['image/avif', 'image/webp']);
      const srcset = figure.querySelector('source')!.getAttribute('srcset')!;
      const urls = srcset.split(',').map((candidate) => candidate.trim().split(' ')[0]!);
      expect(urls.length).toBeGreaterThan(1);
      for (const url of urls) {
        expect(url.startsWith('/_astro/')).toBe(true);
        expect(existsSync(join(build.outDir, url))).toBe(true);
      }
    }
  });

  it('sets width and height so the page does not shift', () => {
    const sizes = figures.map((figure) => {
      const img = figure.querySelector('img')!;
      return [img.getAttribute('width'), img.getAttribute('height')];
    });
    expect(sizes).toEqual([
      ['1200', '675'],
      ['800', '600'],
    ]);
  });
});
