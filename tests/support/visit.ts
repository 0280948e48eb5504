import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every URL the page requested from an origin other than the site's. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Chromium asks every origin for /favicon.ico on its own, and it 404s until
 * the favicons (being added on another branch) land; then this goes. The
 * Lighthouse gate still counts it, under best practices.
 */
function isFaviconProbe(url: string): boolean {
  return url !== '' && new URL(url).pathname === '/favicon.ico';
}

/**
 * Opens a page of the served site in a fresh context, recording what a
 * reader would never see: console errors and requests to other origins.
 */
export async function visit(
  browser: Browser,
  origin: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    const source = message.location().url;
    if (message.type() === 'error' && !isFaviconProbe(source)) {
      errors.push(`console: ${message.text()}${source ? ` (${source})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreignRequests.push(request.url());
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, errors, foreignRequests, close: () => context.close() };
}
