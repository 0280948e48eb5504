import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/browser';
import { sitePaths } from '../support/site';
import { visit, type Visit } from '../support/visit';

const site = useServedSite();

/** WCAG relative luminance of a computed CSS colour such as "rgb(20, 20, 20)". */
function luminance(cssColour: string): number {
  const [r = 0, g = 0, b = 0] = (cssColour.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });

describe.each(sitePaths())('%s', (path) => {
  // One visit per page, at the narrowest phone width; each test sets the media it needs.
  let visited: Visit;
  beforeAll(async () => {
    visited = await visit(site.browser, site.origin, path, { viewport: { width: 320, height: 640 } });
  });
  afterAll(() => visited?.close());

  it('fits a 320 px screen, logs no errors and requests nothing from other origins', async () => {
    const { scrollWidth, clientWidth } = await visited.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(clientWidth);
    expect(visited.errors).toEqual([]);
    expect(visited.foreignRequests).toEqual([]);
  });

  it('is dark with light text in the dark scheme, and light with dark text otherwise', async () => {
    await visited.page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    const dark = await bodyColours(visited.page);
    expect(luminance(dark.background), `background ${dark.background}`).toBeLessThan(0.05);
    expect(luminance(dark.text), `text ${dark.text}`).toBeGreaterThan(0.6);

    await visited.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    const light = await bodyColours(visited.page);
    expect(luminance(light.background), `background ${light.background}`).toBeGreaterThan(0.8);
    expect(luminance(light.text), `text ${light.text}`).toBeLessThan(0.05);
  });

  it('prints without navigation, header, footer or share chrome, in black even from the dark scheme', async () => {
    await visited.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const chrome = visited.page.locator('.no-print, body > header, body > footer, nav');
    expect(await chrome.count(), 'site header and footer are marked no-print').toBeGreaterThan(0);
    for (const element of await chrome.all()) await expect(element.isHidden()).resolves.toBe(true);
    const colours = await bodyColours(visited.page);
    expect(luminance(colours.text), `printed text ${colours.text}`).toBeLessThan(0.05);
  });
});

describe.each(sitePaths().filter((path) => path.startsWith('/opinion/')))('op-ed %s', (path) => {
  it('prints its own URL, and shows it only on paper', async () => {
    const { page, close } = await visit(site.browser, site.origin, path);
    const printUrl = page.locator('.print-url');
    await expect(printUrl.isHidden()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(printUrl.isVisible()).resolves.toBe(true);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`${path}$`));
    await expect(printUrl.textContent()).resolves.toContain(canonical);
    await close();
  });
});
