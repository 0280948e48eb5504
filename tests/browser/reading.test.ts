import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/browser';
import { sitePaths } from '../support/site';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
const opinionPaths = sitePaths().filter((path) => path.startsWith('/opinion/'));
const site = useServedSite();

/** Where the element's top edge is, relative to the screen, in whole px; on screen when 0 ≤ top < height. */
const topOnScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => ({
    top: Math.ceil(element.getBoundingClientRect().top),
    height: window.innerHeight,
  }));

/** The href of every link Tab reaches, in order, starting from the top of the page. */
async function tabOrder(page: Page): Promise<string[]> {
  const linkCount = await page.locator('a[href]').count();
  const reached: string[] = [];
  for (let press = 0; press <= linkCount; press++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
  }
  return reached;
}

describe('reading an op-ed', () => {
  it.each([
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ])(
    'goes from the home page to the op-ed and shows the disclaimer without scrolling at $width×$height',
    async (viewport) => {
      const page = await site.browser.newPage({ viewport });
      await page.goto(`${site.origin}/`);
      await page.getByRole('link', { name: 'After the 2019 election: what’s next for Kazakhstan' }).click();
      await page.waitForURL(`**${seedPath}`);
      const banner = page.getByRole('note');
      await expect(banner.textContent()).resolves.toContain(
        'do not reflect the opinions of the editorial staff',
      );
      const box = await banner.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await page.close();
    },
  );
});

describe.each(opinionPaths)('keyboard and anchors on %s', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
  });
  afterAll(() => page?.close());

  it('moves focus to the article with the skip link, the first thing Tab reaches', async () => {
    await page.goto(`${site.origin}${path}`);
    await page.keyboard.press('Tab');
    const skipLink = page.locator(':focus');
    await expect(skipLink.isVisible()).resolves.toBe(true);
    const target = await skipLink.getAttribute('href');
    expect(target).toBe('#article');
    await page.keyboard.press('Enter');
    await page.waitForURL('**#article');
    await expect(page.evaluate(() => document.activeElement?.localName)).resolves.toBe('article');
    const { top, height } = await topOnScreen(page, 'article');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(height);
  });

  it('reaches every point and subhead link with Tab, and each one scrolls to its target', async () => {
    await page.goto(`${site.origin}${path}`);
    const anchors = await page
      .locator('article a[href^="#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(anchors.length, 'the op-ed has point or subhead links').toBeGreaterThan(0);
    const reached = await tabOrder(page);
    for (const anchor of anchors) expect(reached, `Tab reaches ${anchor}`).toContain(anchor);

    for (const anchor of anchors) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator(`article a[href="${anchor}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${path}${anchor}`);
      const { top, height } = await topOnScreen(page, anchor);
      expect(top, `${anchor} is on screen`).toBeGreaterThanOrEqual(0);
      expect(top, `${anchor} is on screen`).toBeLessThan(height);
    }
  });
});
