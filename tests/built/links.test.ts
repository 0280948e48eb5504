import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../tools/gates/check-links.mjs';
import { readSitemap } from '../../tools/gates/read-sitemap.mjs';
import { assertBuilt, distDir } from '../support/site';

describe('links in the built site', () => {
  it('resolves every internal href, src, srcset and #fragment', () => {
    assertBuilt();
    expect(checkLinks(distDir)).toEqual([]);
  });

  it('lists only built pages in the sitemap', () => {
    const missing = readSitemap(distDir)
      .map((url) => url.pathname)
      .filter((path) => !existsSync(join(distDir, path, 'index.html')));
    expect(missing).toEqual([]);
  });
});
