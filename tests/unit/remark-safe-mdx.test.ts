import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { isScriptUrl, remarkSafeMdx } from '../../src/markdown/remark-safe-mdx';

async function compileOpinion(body: string): Promise<string> {
  const file = new VFile({ path: 'content/opinions/example.mdx', value: body });
  return String(await compile(file, { remarkPlugins: [remarkSafeMdx], jsx: true }));
}

describe('isScriptUrl', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:x',
    'vbscript:x',
    'data:text/html,x',
  ])('refuses %j', (url) => expect(isScriptUrl(url)).toBe(true));
  it.each(['https://example.kz', '/opinion/x/', '#point-1', 'mailto:a@example.kz'])('allows %j', (url) =>
    expect(isScriptUrl(url)).toBe(false),
  );
});

describe('remarkSafeMdx', () => {
  it('lets ordinary op-eds through: components, comments, links, the site’s own imports', async () => {
    await expect(
      compileOpinion(
        'import Figure from \'../../src/components/Figure.astro\'\n\n{/* a note */}\n\nSee [the report](https://example.kz).\n\n<Points id="x">\n  <Point>First, a.</Point>\n</Points>\n',
      ),
    ).resolves.toContain('Points');
  });

  it('lists every problem in the file at once, each with its line', async () => {
    const body =
      '<iframe src="https://x.example"></iframe>\n\n<a href="javascript:x">a</a>\n\n<p style={{}}>b</p>\n';
    const error = await compileOpinion(body).catch((caught: Error) => caught.message);
    expect(error).toMatch(/example\.mdx:1: <iframe> — /);
    expect(error).toMatch(/example\.mdx:3: <a> — .*javascript:x/);
    expect(error).toMatch(/example\.mdx:5: <p> — .*style=\{…\}/);
  });

  it('refuses {…} code in text and export', async () => {
    await expect(compileOpinion('Total: {1 + 1}\n')).rejects.toThrow(/is code.*Fix: to write a curly brace/);
    await expect(compileOpinion('export const x = 1\n')).rejects.toThrow(/:1: export — /);
  });
});
