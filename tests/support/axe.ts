import { expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels the site promises: 2.0, 2.1 and 2.2, A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's WCAG violations on the page, one line each: rule, what to fix, where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')} (${violation.helpUrl})`,
    ),
  );
}

/** The axe test every page gets: no WCAG violations in the light and the dark scheme. */
export function itHasNoAxeViolationsInEitherScheme(page: () => Page): void {
  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violations axe can find, in the %s scheme',
    async (colorScheme) => {
      await page().emulateMedia({ colorScheme });
      expect(await axeViolations(page())).toEqual([]);
    },
  );
}
