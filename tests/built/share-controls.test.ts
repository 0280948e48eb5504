import { searchPath } from '../../src/routing/urls';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/site';

const seedPath = '/opinion/kazakhstan-after-the-2019-election/';

/** Scripts a browser would run: everything except JSON-LD data blocks. */
const runnableScripts = (document: Document) =>
  [...document.querySelectorAll('script')].filter(
    (script) => script.getAttribute('type') !== 'application/ld+json',
  );

describe('share controls', () => {
  it('are left out of print and offer one link per service', () => {
    const share = readPage(seedPath).querySelector('section.share');
    expect(share?.classList.contains('no-print')).toBe(true);
    const services = [...share!.querySelectorAll('a[data-service]')].map((link) =>
      link.getAttribute('data-service'),
    );
    expect(services).toEqual(['email', 'telegram', 'whatsapp', 'x', 'facebook', 'linkedin']);
  });

  it('add only a few hundred bytes of deferred script, on op-ed pages only', () => {
    const scripts = runnableScripts(readPage(seedPath));
    expect(scripts.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const script of scripts) {
      // Module scripts never block rendering.
      expect(script.getAttribute('type')).toBe('module');
      const src = script.getAttribute('src');
      bytes += Buffer.byteLength(src ? readFileSync(join(distDir, src)) : (script.textContent ?? ''));
    }
    expect(bytes).toBeLessThanOrEqual(600);
    // The search page has its own script (the search); no other page runs any.
    const otherPages = listPages().filter((path) => !path.startsWith('/opinion/') && path !== searchPath());
    for (const page of otherPages) {
      expect(runnableScripts(readPage(page)), page).toEqual([]);
    }
  });
});
