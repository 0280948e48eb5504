import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkHtml } from '../../tools/gates/check-html.mjs';
import { checkLinks } from '../../tools/gates/check-links.mjs';
import { axeViolations } from '../support/axe';
import { brokenPagePath, writeBrokenSite } from '../support/broken-site';
import { launchBrowser, serveSite, type SiteServer } from '../support/browser';
import { distDir, sitePaths } from '../support/site';
import { findSpacingProblems, textSpacingContextOptions, textSpacingCss } from '../support/text-spacing';
import { visit } from '../support/visit';

// Proves the gates can fail: the same checkers `npm test` runs over dist/,
// run over a copy with one deliberately broken page.
const opinionPath = sitePaths().find((path) => path.startsWith('/opinion/'))!;
let brokenDir: string;
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  brokenDir = writeBrokenSite(distDir, opinionPath);
  server = await serveSite(brokenDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (brokenDir) rmSync(dirname(brokenDir), { recursive: true, force: true });
});

describe('the gates on a deliberately broken page', () => {
  it('the link checker names the dead link and the dead anchor, and nothing else', () => {
    expect(checkLinks(brokenDir)).toEqual([
      expect.objectContaining({ file: 'broken/index.html', url: '/opinion/no-such-op-ed/' }),
      expect.objectContaining({ file: 'broken/index.html', url: '#no-such-point' }),
    ]);
  });

  it('axe reports the image without alt text', async () => {
    const { page, close } = await visit(browser, server.origin, brokenPagePath);
    const violations = await axeViolations(page);
    expect(violations).toContainEqual(expect.stringMatching(/^image-alt: .* at img/));
    await close();
  });

  it('the text-spacing check reports the clipped box and the text spilling over the next paragraph', async () => {
    const { page, close } = await visit(browser, server.origin, brokenPagePath, {
      viewport: { width: 320, height: 640 },
      ...textSpacingContextOptions,
    });
    await page.addStyleTag({ content: textSpacingCss });
    const problems = await findSpacingProblems(page);
    expect(problems).toContainEqual(
      expect.stringMatching(/^clipped at the bottom: <p> “A box that is exactly one line tall/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^overlaps: <p> “A fixed-height box.*” and <p> “The next paragraph/),
    );
    await close();
  });

  it('the HTML checker reports the image without alt, with file and line', () => {
    const errors = checkHtml(brokenDir).filter((message) => message.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'broken/index.html',
        line: expect.any(Number),
        message: expect.stringContaining('alt'),
      }),
    ]);
  });
});
