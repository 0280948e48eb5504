import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type SiteServer } from '../support/browser';
import { serveWithNginx } from '../support/nginx';
import { distDir } from '../support/site';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

let browser: Browser;
let context: BrowserContext;
let server: SiteServer;

/** Every page the sitemap lists, plus the 404 page, as paths. */
function pagesToVisit(): string[] {
  const { document } = parseHTML(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf-8'));
  const listed = [...document.querySelectorAll('loc')].map(
    (loc) => new URL(loc.textContent!.trim()).pathname,
  );
  return [...listed, '/404.html', '/no-such-page/'];
}

/** Opens a page and returns the CSP violations it reported (the page collects them from its first moment). */
async function visit(page: Page, path: string): Promise<Violation[]> {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return violationsOn(page, path);
}

async function violationsOn(page: Page, path: string): Promise<Violation[]> {
  // Violation events are queued as tasks; let them arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const found = await page.evaluate(
    () => (window as unknown as { cspViolations: Omit<Violation, 'page'>[] }).cspViolations,
  );
  return found.map((violation) => ({ page: path, ...violation }));
}

beforeAll(async () => {
  server = await serveWithNginx();
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(() => {
    const violations: unknown[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    );
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('Content Security Policy in a browser (served by nginx)', () => {
  it('lets every page load all its scripts and styles without a single violation or header error', async () => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Permissions-Policy/i.test(message.text()))
        consoleErrors.push(message.text());
    });
    const paths = pagesToVisit();
    expect(paths.length).toBeGreaterThan(3);
    const violations: Violation[] = [];
    for (const path of paths) violations.push(...(await visit(page, path)));
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('blocks a script or style someone slips into a page (the check above can see violations)', async () => {
    const page = await context.newPage();
    await visit(page, '/');
    const ran = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false;
    });
    expect(ran).toBe(false);
    const directives = (await violationsOn(page, '/')).map(({ directive }) => directive);
    expect(directives).toEqual(expect.arrayContaining(['style-src-elem', 'script-src-elem']));
    await expect(page.locator('body').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
