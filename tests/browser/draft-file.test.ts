import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../tools/draft/draft';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';

describe('a draft file opened from file:// (as from Telegram or email)', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let fileUrl: string;

  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'draft-file-'));
    const { file } = await makeDraft({
      slug: 'with-figures',
      contentDir: 'tests/fixtures/figure-images',
      outFile: join(scratch, 'with-figures.html'),
      cacheDir: join(scratch, 'cache'),
    });
    fileUrl = pathToFileURL(file).href;
    browser = await launchBrowser();
    // Offline, as on a plane: a request that went anywhere would fail, and be seen here.
    const context = await browser.newContext({ offline: true });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(fileUrl, { waitUntil: 'load' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no request but for the file itself', () => {
    expect(requests).toEqual([fileUrl]);
  });

  it('shows its images and its styles', async () => {
    const images = await page.$$eval('img', (all) =>
      all.map((image) => image.complete && image.naturalWidth > 0),
    );
    expect(images).toEqual([true, true]);
    // The site's stylesheet arrived: the disclaimer is a shaded box, as on the site (unstyled, it would be transparent).
    const shade = await page.$eval('.disclaimer', (element) => getComputedStyle(element).backgroundColor);
    expect(shade).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('says it is a draft on screen, and stays readable to everyone (WCAG 2.2 AA)', async () => {
    const banner = page.getByText('Draft, not published.');
    await expect(banner.isVisible()).resolves.toBe(true);
    const box = (await banner.boundingBox())!;
    expect(box.y).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
