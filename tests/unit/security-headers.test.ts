import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cachePolicies,
  documentCspDirectives,
  headerCspDirectives,
  headersForPath,
  securityHeaders,
  webAssemblyScriptSources,
} from '../../src/deploy/headers';
import { renderHeadersFile } from '../../src/deploy/headers-file';
import { renderNginxDeployFiles } from '../../src/deploy/nginx-config';
import { headerProblems, parseHeadersFile } from '../support/headers-file';

describe('the Content Security Policy', () => {
  const all = [...documentCspDirectives, ...headerCspDirectives, ...webAssemblyScriptSources].join('; ');

  it('never allows inline code wholesale or eval', () => {
    expect(all).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('sends framing, plugin, base and form limits as a header, where frame-ancestors works', () => {
    expect(headerCspDirectives).toEqual(
      expect.arrayContaining([
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
    expect(securityHeaders['Content-Security-Policy']).toBe(headerCspDirectives.join('; '));
  });

  it('leaves scripts and styles to the per-page meta policy, which carries their hashes', () => {
    // A second policy restricting scripts would block the hashed inline ones.
    expect(headerCspDirectives.join(';')).not.toMatch(/(default|script|style)-src/);
    expect(documentCspDirectives).toContain("default-src 'self'");
  });
});

describe('headers per path', () => {
  it('caches hashed assets for a year and revalidates pages and feeds', () => {
    expect(headersForPath('/_astro/page.Ab12.css')['Cache-Control']).toBe(cachePolicies.immutable);
    for (const path of ['/', '/opinion/x/', '/404.html', '/rss.xml', '/ru/feed.json']) {
      expect(headersForPath(path)['Cache-Control'], path).toBe(cachePolicies.revalidate);
    }
  });

  it('gives feeds their own content types wherever they are', () => {
    expect(headersForPath('/rss.xml')['Content-Type']).toMatch(/^application\/rss\+xml/);
    expect(headersForPath('/kk/atom.xml')['Content-Type']).toMatch(/^application\/atom\+xml/);
    expect(headersForPath('/feed.json')['Content-Type']).toMatch(/^application\/feed\+json/);
    expect(headersForPath('/sitemap-index.xml')['Content-Type']).toBeUndefined();
  });
});

describe('the _headers file', () => {
  const files = [
    'index.html',
    '404.html',
    '_astro/page.Ab12.css',
    '_astro/share.Cd34.js',
    'opinion/x/index.html',
    'rss.xml',
    'feed.json',
    'ru/rss.xml',
    'pagefind/pagefind-ui.js',
    'sitemap-index.xml',
  ];

  it('gives each file exactly its headers, with no header set by two rules', () => {
    const rules = parseHeadersFile(renderHeadersFile(files));
    expect(headerProblems(rules, files, headersForPath)).toEqual([]);
  });

  it('would be caught setting Cache-Control twice', () => {
    const overlapping = `${renderHeadersFile(files)}\n/*\n  Cache-Control: no-store\n`;
    expect(headerProblems(parseHeadersFile(overlapping), files, headersForPath)).not.toEqual([]);
  });
});

describe('deploy/nginx/', () => {
  it.each(Object.entries(renderNginxDeployFiles()))(
    '%s matches src/deploy/headers.ts (run `npm run deploy:nginx` after changing it)',
    (name, text) => {
      expect(readFileSync(`deploy/nginx/${name}`, 'utf-8')).toBe(text);
    },
  );
});
