import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itHasNoAxeViolationsInEitherScheme } from '../support/axe';
import { useServedSite } from '../support/browser';
import { sitePaths } from '../support/site';
import { findSpacingProblems, textSpacingContextOptions, textSpacingCss } from '../support/text-spacing';
import { visit, type Visit } from '../support/visit';

const site = useServedSite();

describe.each(sitePaths())('%s', (path) => {
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
