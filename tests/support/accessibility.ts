import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itHasNoAxeViolationsInEitherScheme } from './axe';
import type { ServedSite } from './browser';
import { findSpacingProblems, textSpacingContextOptions, textSpacingCss } from './text-spacing';
import { visit, type Visit } from './visit';

/**
 * For each of `paths` on the served site, at 320 px: no sideways scroll, axe
 * WCAG 2.2 AA in the light and the dark scheme, and no clipped or
 * overlapping text with WCAG 1.4.12 text spacing. One set of checks for
 * every built site the tests serve.
 */
export function describeAccessibility(site: ServedSite, paths: readonly string[]): void {
  describe.each(paths)('%s', (path) => {
    let visited: Visit;
    beforeAll(async () => {
      visited = await visit(site.browser, site.origin, path, {
        viewport: { width: 320, height: 640 },
        ...textSpacingContextOptions,
      });
    });
    afterAll(() => visited?.close());

    itHasNoAxeViolationsInEitherScheme(() => visited.page);

    it('clips and overlaps no text with WCAG 1.4.12 text spacing at 320 px', async () => {
      await visited.page.addStyleTag({ content: textSpacingCss });
      expect(await findSpacingProblems(visited.page)).toEqual([]);
    });
  });
}
