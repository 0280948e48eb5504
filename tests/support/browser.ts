import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumFlags, chromiumPath } from '../../tools/gates/chromium.mjs';
import { serveStatic, type SiteServer } from '../../tools/gates/serve-static.mjs';
import { assertBuilt, distDir } from './site';

export { chromiumPath, type SiteServer };

/**
 * Launches Debian's headless Chromium (never a downloaded browser).
 * Fails loudly, with the fix, when the browser is missing — never a skip.
 */
export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}

/**
 * Serves a built site on a free loopback port, as a static host would:
 * directory URLs get index.html, unknown paths get 404.html with status 404.
 */
export async function serveSite(dir = distDir): Promise<SiteServer> {
  assertBuilt(dir);
  return serveStatic(dir);
}

export interface ServedSite {
  /** The one Chromium for this test file. */
  readonly browser: Browser;
  /** Origin the built site is served on. */
  readonly origin: string;
}

/**
 * For a browser test file: serves the built site and launches Chromium once
 * before its tests, and closes both after them.
 */
export function useServedSite(dir = distDir): ServedSite {
  let browser: Browser | undefined;
  let server: SiteServer | undefined;
  beforeAll(async () => {
    server = await serveSite(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useServedSite(): the browser is only there inside tests and hooks');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('useServedSite(): the site is only served inside tests and hooks');
      return server.origin;
    },
  };
}
