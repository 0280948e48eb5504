import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { assertBuilt, distDir } from './site';

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium the way this machine allows: no sandbox (we
 * run as root) and no background networking (the network is closed).
 * Fails loudly, with the fix, when the browser is missing — never a skip.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with \`sudo apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary). Browser tests never download browsers.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface SiteServer {
  /** Origin the built site is served on, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on a free loopback port, as a static host would:
 * directory URLs get index.html, unknown paths get 404.html with status 404.
 */
export async function serveSite(dir = distDir): Promise<SiteServer> {
  assertBuilt(dir);
  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
