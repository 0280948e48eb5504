import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading an op-ed on a phone', () => {
  it('goes from the home page to the op-ed and shows the disclaimer without scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'After the 2019 election: what’s next for Kazakhstan' }).click();
    await page.waitForURL(`**${seedPath}`);
    const banner = page.getByRole('note');
    await expect(banner.textContent()).resolves.toContain(
      'do not reflect the opinions of the editorial staff',
    );
    const box = await banner.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    await page.close();
  });
});
