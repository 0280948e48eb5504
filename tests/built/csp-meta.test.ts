import { describe, expect, it } from 'vitest';
import { documentCspDirectives } from '../../src/deploy/headers';
import { listPages, readPage } from '../support/site';

const policyMeta = 'meta[http-equiv="content-security-policy" i]';

describe('the Content Security Policy in every page', () => {
  const pages = listPages();

  it('is one <meta> carrying the site-wide directives and never unsafe-inline', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const metas = readPage(path).querySelectorAll(policyMeta);
      expect(metas, path).toHaveLength(1);
      const policy = metas[0]!.getAttribute('content')!;
      for (const directive of documentCspDirectives) expect(policy, path).toContain(directive);
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).toMatch(/style-src 'self'/);
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('comes before every script and style, so none of them escapes it', () => {
    for (const path of pages) {
      const document = readPage(path);
      const meta = document.querySelector(policyMeta)!;
      // JSON-LD is data, never run, so a policy does not apply to it.
      const governed = document.querySelectorAll(
        'script:not([type="application/ld+json" i]), style, link[rel~="stylesheet" i]',
      );
      for (const element of governed) {
        const follows = meta.compareDocumentPosition(element) & 4; // Node.DOCUMENT_POSITION_FOLLOWING
        expect(follows, `${path}: ${element.outerHTML.slice(0, 80)}`).toBeTruthy();
      }
    }
  });
});
