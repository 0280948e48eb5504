import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersForPath, hostOnlyFiles } from '../../src/deploy/headers';
import { distDir, listFiles } from '../support/site';
import { headerProblems, parseHeadersFile } from '../support/headers-file';

describe('dist/_headers for Netlify and Cloudflare Pages', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf-8'));

  it('gives every built file exactly the headers src/deploy/headers.ts asks for', () => {
    const files = listFiles().filter((file) => !(hostOnlyFiles as readonly string[]).includes(file));
    expect(files.length).toBeGreaterThan(0);
    expect(headerProblems(rules, files, headersForPath)).toEqual([]);
  });

  it('stays within Cloudflare Pages limits (100 rules, 2000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const rule of rules) {
      for (const [name, value] of rule.headers) expect(`${name}: ${value}`.length).toBeLessThan(2000);
    }
  });
});
