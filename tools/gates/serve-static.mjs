import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * @typedef {object} SiteServer
 * @property {string} origin Origin the site is served on, e.g. http://127.0.0.1:41234
 * @property {() => Promise<void>} close
 */

/**
 * Serves a built site on a free loopback port, as a static host would:
 * directory URLs get index.html, unknown paths get 404.html with status 404.
 * @param {string} dir
 * @returns {Promise<SiteServer>}
 */
export async function serveStatic(dir) {
  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, { dev: false, etag: true });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
