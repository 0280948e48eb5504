import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, OutputCheck } from '../../src/deploy/output-check';

const safePage = '<!doctype html><html><head><title>Op-ed</title></head><body><p>Text</p></body></html>';
const hostilePage = '<!doctype html><html><body><img src="x" onerror="alert(1)"></body></html>';

/** A finished site in a temporary folder, with its own cache folder. */
function site(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'output-check-'));
  const outDir = join(root, 'dist');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), content);
  }
  return { outDir, check: new OutputCheck(process.cwd(), join(root, 'cache')) };
}

describe('the output check on a finished site', () => {
  it('passes a clean site and writes _headers covering what Pagefind added', async () => {
    const { outDir, check } = site({
      'index.html': safePage,
      'opinion/a/index.html': safePage,
      'pagefind/pagefind-entry.json': '{"version":"1"}',
    });
    const files = builtFiles(outDir);
    expect(files.toSorted()).toEqual(['index.html', 'opinion/a/index.html', 'pagefind/pagefind-entry.json']);
    await check.check(outDir, files);
    check.finish(outDir, files);
    const headers = readFileSync(join(outDir, '_headers'), 'utf-8');
    expect(headers).toMatch(/^\/pagefind\/\*$/m);
    expect(headers).toMatch(/^\/opinion\/\*$/m);
  });

  it('refuses a page that could run code, naming it, and writes no _headers', async () => {
    const { outDir, check } = site({ 'index.html': safePage, 'opinion/b/index.html': hostilePage });
    await expect(check.check(outDir, builtFiles(outDir))).rejects.toThrow(/opinion\/b\/index\.html/);
    expect(builtFiles(outDir)).not.toContain('_headers');
  });

  it('checks a file again when it changed after its first check in the same build', async () => {
    const { outDir, check } = site({ 'index.html': safePage });
    await check.check(outDir, ['index.html']);
    writeFileSync(join(outDir, 'index.html'), `${hostilePage}\n`);
    await expect(check.check(outDir, ['index.html'])).rejects.toThrow(/index\.html/);
  });
});
