import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/browser';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';
const canonical = `https://opinion.example.kz${seedPath}`;
const services = ['Email', 'Telegram', 'WhatsApp', 'X', 'Facebook', 'LinkedIn'];
const site = useServedSite();

/** Fails the test on any request that leaves the site's origin. */
function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin)) foreign.push(request.url());
  });
  return foreign;
}

describe('a shared link to a point', () => {
  it('opens the op-ed scrolled to that point', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${site.origin}${seedPath}#whats-next-3`);
    const point = page.locator('#whats-next-3');
    await expect(point.textContent()).resolves.toContain('Third, I am expecting realignment');
    const box = (await point.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(667);
    await expect(point.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await page.close();
  });
});

describe('share controls', () => {
  it('are plain links with names when JavaScript is off, and the button stays hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign = recordForeignRequests(page);
    await page.goto(`${site.origin}${seedPath}`);
    const share = page.getByRole('region', { name: 'Share this op-ed' });
    for (const name of services) {
      const link = share.getByRole('link', { name, exact: true });
      await expect(link.getAttribute('href')).resolves.toContain(encodeURIComponent(canonical));
    }
    await expect(share.getByRole('button').count()).resolves.toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shares the canonical URL through the native share sheet', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    const foreign = recordForeignRequests(page);
    await page.goto(`${site.origin}${seedPath}`);
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([
      { title: 'After the 2019 election: what’s next for Kazakhstan', url: canonical },
    ]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('copies the canonical URL where the browser cannot share, and says so', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const copied: string[] = [];
      Object.assign(window, { __copied: copied });
      Object.defineProperty(navigator, 'share', { value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: (text: string) => {
            copied.push(text);
            return Promise.resolve();
          },
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${seedPath}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).count()).resolves.toBe(1);
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toEqual([canonical]);
    await context.close();
  });
});
