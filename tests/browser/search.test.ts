import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
const seedTitle = 'After the 2019 election: what’s next for Kazakhstan';
let browser: Browser;
let server: SiteServer;
let fixture: SiteServer;

beforeAll(async () => {
  const build = buildFixture('russian-translation-and-draft');
  if (!build.published) throw new Error(`The fixture did not build:\n${build.output}`);
  [server, fixture, browser] = await Promise.all([serveSite(), serveSite(build.outDir), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), fixture?.close()]);
});

/** Types a search on /search/ and waits for the result count to be announced. */
async function search(page: Page, origin: string, words: string): Promise<void> {
  await page.goto(`${origin}/search/`);
  await page.getByLabel('Words to look for').fill(words);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
    .toMatch(/^(Results for|Nothing found for)/);
}

describe('searching the op-eds', () => {
  it('finds a phrase from the seed and opens the op-ed from the result', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.waitForURL('**/search/');
    await search(page, server.origin, 'non-political Kazakh youth');
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Results for “non-political Kazakh youth”: 1',
    );
    expect(page.url()).toContain('?q=non-political+Kazakh+youth');
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: seedTitle }).click();
    await page.waitForURL(`**${seedPath}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(seedTitle);
    await page.close();
  });

  it('says so, and offers topics and authors, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    const notice = page.locator('[data-search-fallback]');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
    await expect(page.getByRole('search').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Guest contributor' }).getAttribute('href')).resolves.toBe(
      '/authors/guest-contributor/',
    );
    await expect(page.getByRole('link', { name: 'Elections' }).getAttribute('href')).resolves.toBe(
      '/topics/elections/',
    );
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2.2 AA) with results shown, ${colorScheme}`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await search(page, server.origin, 'election');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await context.close();
    });
  }
});

describe('the search index', () => {
  it('leaves drafts out', async () => {
    const page = await browser.newPage();
    await search(page, fixture.origin, 'marmalade zeppelins');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Nothing found/);
    await search(page, fixture.origin, 'draft');
    await expect(page.getByRole('link', { name: 'A draft that must not be found' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('finds op-eds in every language and filters by language', async () => {
    const page = await browser.newPage();
    await search(page, fixture.origin, 'явки');
    const result = page.getByRole('link', { name: 'Впервые голосую за рубежом' });
    await expect(result.getAttribute('href')).resolves.toBe('/opinion/golosovanie-za-rubezhom/');
    await expect(page.locator('[data-search-results] li').first().getAttribute('lang')).resolves.toBe('ru');

    await page.getByLabel('Language', { exact: true }).selectOption('Қазақша');
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
      .toMatch(/^Nothing found/);
    await page.getByLabel('Words to look for').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('[data-search-results] a').allTextContents(), { timeout: 20_000 })
      .toEqual(['Шетелде алғаш рет дауыс бердім']);
    await page.close();
  });
});
