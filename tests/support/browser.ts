import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { serveStatic, type SiteServer } from '../../scripts/lib/serve-static.mjs';
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
