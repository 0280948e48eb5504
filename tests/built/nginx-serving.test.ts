import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypesByFileName,
  headersForPath,
  hostOnlyFiles,
  securityHeaders,
} from '../../src/deploy/headers';
import { serveWithNginx } from '../support/nginx';
import { distDir, listFiles, listPages } from '../support/site';
import type { SiteServer } from '../support/browser';

const brotliAvailable = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so');
const filler = `${'Every kind of file the serving rules cover. '.repeat(60)}\n`;

/**
 * The built site plus one sample of each kind of file the rules cover that
 * this build may not have yet (a hashed script and stylesheet, each feed,
 * a feed in a sub-folder), so every rule is exercised.
 */
const samples: Record<string, string> = {
  '_astro/sample.Ab12Cd34.js': `console.log(${JSON.stringify(filler)});\n`,
  '_astro/sample.Ab12Cd34.css': `body::after { content: ${JSON.stringify(filler.trim())}; }\n`,
  'rss.xml': `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${filler}</title></channel></rss>\n`,
  'atom.xml': `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${filler}</title></feed>\n`,
  'feed.json': `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: filler, items: [] })}\n`,
  'ru/rss.xml': `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${filler}</title></channel></rss>\n`,
};

let siteDir: string;
let server: SiteServer;

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
}

function request(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    get(`${server.origin}${path}`, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    }).on('error', reject);
  });
}

function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

beforeAll(async () => {
  siteDir = join(mkdtempSync(join(tmpdir(), 'nginx-site-')), 'dist');
  cpSync(distDir, siteDir, { recursive: true });
  for (const [file, text] of Object.entries(samples)) {
    if (existsSync(join(siteDir, file))) continue;
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  server = await serveWithNginx(siteDir);
});

afterAll(async () => {
  await server?.close();
  if (siteDir) rmSync(dirname(siteDir), { recursive: true, force: true });
});

describe('npm run serve (nginx with deploy/nginx/)', () => {
  it('sends every header from src/deploy/headers.ts with every file', async () => {
    const files = listFiles(siteDir).filter((file) => !(hostOnlyFiles as readonly string[]).includes(file));
    expect(files.length).toBeGreaterThan(Object.keys(samples).length);
    for (const file of files) {
      const path = urlPathOf(file);
      const response = await request(path);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(headersForPath(path))) {
        expect(response.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
    }
  });

  it('answers unknown paths with the 404 page, status 404 and the same security headers', async () => {
    for (const path of ['/no-such-page/', '/opinion/no-such-op-ed/', '/_astro/missing.js', '/_headers']) {
      const response = await request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toMatch(/^text\/html/);
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(response.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
      expect(response.headers['cache-control'], path).toBe(headersForPath('/404.html')['Cache-Control']);
    }
  });

  it('redirects a page address without its trailing slash to the page', async () => {
    const page = listPages(siteDir).find((path) => path.startsWith('/opinion/'))!;
    const response = await request(page.replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(page);
  });

  it.each([
    ['gzip', true],
    ['br', brotliAvailable],
  ])('compresses HTML, CSS, scripts and feeds with %s where nginx has it', async (encoding, available) => {
    const paths = ['/', ...Object.keys(samples).map((file) => `/${file}`)];
    for (const path of paths) {
      const response = await request(path, { 'Accept-Encoding': encoding });
      expect(response.headers['content-encoding'], path).toBe(available ? encoding : undefined);
      expect(response.headers.vary, path).toMatch(/Accept-Encoding/i);
    }
    if (!available) console.warn(`nginx has no ${encoding} module here; ${encoding} was not checked.`);
  });

  it('serves feeds with their own content types', async () => {
    for (const fileName of Object.keys(contentTypesByFileName)) {
      const response = await request(`/${fileName}`);
      expect(response.headers['content-type']).toBe(contentTypesByFileName[fileName]);
    }
  });

  it('serves a bounded load of page requests on loopback without errors', async () => {
    const pages = listPages(siteDir);
    let watchdog: NodeJS.Timeout | undefined;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.origin,
          connections: 8,
          amount: 3000,
          timeout: 5,
          requests: pages.map((path) => ({ method: 'GET', path })),
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      // Bounded in time as well as in count: stop after 30 s whatever happens.
      watchdog = setTimeout(() => instance.stop(), 30_000);
    });
    clearTimeout(watchdog);
    const total = result.requests.total;
    console.log(
      `nginx load test: ${total} requests over ${pages.length} pages, 8 connections, ` +
        `${result.duration}s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    expect(total).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
  });
});
