import { describe, expect, it } from 'vitest';
import { describeAccessibility } from '../support/accessibility';
import { useServedSite } from '../support/browser';
import { buildFixture } from '../support/build-fixture';
import { sitePaths } from '../support/site';
import { visit } from '../support/visit';

/**
 * The read-on archive (three languages, front pages, topic and author pages
 * per language, onward reading) through the same accessibility checks as
 * the site itself: its pages are not in dist/.
 */
const archive = buildFixture('read-on-archive');
if (!archive.published) throw new Error(`The archive did not build:\n${archive.output}`);
const site = useServedSite(archive.outDir);

describeAccessibility(site, sitePaths(archive.outDir));

describe('the language switch', () => {
  it('is reachable by keyboard and fits a 320 px header without sideways scroll', async () => {
    const { page, close } = await visit(site.browser, site.origin, '/ru/topics/water/', {
      viewport: { width: 320, height: 640 },
    });
    const link = page.locator('nav.languages a[hreflang="kk"]');
    for (
      let tab = 0;
      tab < 10 && !(await link.evaluate((element) => element === document.activeElement));
      tab++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kk\/topics\/water\/$/);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await close();
  });
});
