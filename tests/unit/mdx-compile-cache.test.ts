import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTransform, pruneCache } from '../../src/markdown/mdx-compile-cache';
import { sourcesFingerprint } from '../../src/deploy/build-fingerprint';

function countingPlugin() {
  const compiled: string[] = [];
  const plugin = {
    name: 'mdx',
    transform: {
      filter: { id: /\.mdx$/ },
      async handler(code: string, id: string) {
        compiled.push(id);
        if (code.includes('broken')) throw new Error(`${id}: broken`);
        return { code: `export default ${JSON.stringify(code)}`, meta: { id } };
      },
    },
  };
  return { plugin, compiled };
}

describe('MDX compile cache', () => {
  it('compiles an unchanged op-ed once across builds and returns the same result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const first = countingPlugin();
    cacheTransform(first.plugin, dir, 'f1', new Set());
    const compiled = await first.plugin.transform.handler.call({}, 'Hello', '/a.mdx');

    const second = countingPlugin();
    cacheTransform(second.plugin, dir, 'f1', new Set());
    expect(await second.plugin.transform.handler.call({}, 'Hello', '/a.mdx')).toEqual(compiled);
    expect(second.compiled).toEqual([]);

    await second.plugin.transform.handler.call({}, 'Hello, edited', '/a.mdx');
    expect(second.compiled).toEqual(['/a.mdx']);
  });

  it('recompiles everything when the pipeline changes, and never stores errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const { plugin, compiled } = countingPlugin();
    cacheTransform(plugin, dir, 'f1', new Set());
    await plugin.transform.handler.call({}, 'Hello', '/a.mdx');
    await expect(plugin.transform.handler.call({}, 'broken', '/b.mdx')).rejects.toThrow('broken');
    await expect(plugin.transform.handler.call({}, 'broken', '/b.mdx')).rejects.toThrow('broken');

    const changed = countingPlugin();
    cacheTransform(changed.plugin, dir, 'f2', new Set());
    await changed.plugin.transform.handler.call({}, 'Hello', '/a.mdx');
    expect([...compiled, ...changed.compiled]).toEqual(['/a.mdx', '/b.mdx', '/b.mdx', '/a.mdx']);
  });

  it('prunes compiles the last build did not use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
    const used = new Set<string>();
    const { plugin } = countingPlugin();
    cacheTransform(plugin, dir, 'f1', new Set());
    await plugin.transform.handler.call({}, 'Old text', '/a.mdx');
    const next = countingPlugin();
    cacheTransform(next.plugin, dir, 'f1', used);
    await next.plugin.transform.handler.call({}, 'New text', '/a.mdx');
    expect(readdirSync(dir)).toHaveLength(2);
    pruneCache(dir, used);
    expect(readdirSync(dir)).toEqual([`${[...used][0]}.json`]);
  });

  it('fingerprints the pipeline sources, so editing a plugin changes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'mdx-root-'));
    mkdirSync(join(root, 'src/markdown'), { recursive: true });
    writeFileSync(join(root, 'src/markdown/plugin.ts'), 'one');
    const before = sourcesFingerprint(root, ['src/markdown', 'missing.json'], ['x']);
    expect(sourcesFingerprint(root, ['src/markdown', 'missing.json'], ['x'])).toBe(before);
    writeFileSync(join(root, 'src/markdown/plugin.ts'), 'two');
    expect(sourcesFingerprint(root, ['src/markdown', 'missing.json'], ['x'])).not.toBe(before);
  });
});
