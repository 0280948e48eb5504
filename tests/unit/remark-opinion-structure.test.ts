import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkOpinionStructure } from '../../src/markdown/remark-opinion-structure';

async function compileOpinion(body: string, lang = 'en'): Promise<string> {
  const file = new VFile({
    path: 'content/opinions/example.mdx',
    value: body,
    data: { astro: { frontmatter: { lang } } },
  });
  const result = await compile(file, { remarkPlugins: [remarkOpinionStructure], jsx: true });
  return String(result);
}

describe('remarkOpinionStructure', () => {
  it('gives points ids from their subhead and numbers them', async () => {
    const code = await compileOpinion(
      '## What’s next?\n\n<Points>\n  <Point>First, a.</Point>\n  <Point>Second, b.</Point>\n</Points>\n',
    );
    expect(code).toContain('id="whats-next-1"');
    expect(code).toContain('id="whats-next-2"');
    expect(code).toContain('n="2"');
  });

  it('prefers an id the editor gives', async () => {
    const code = await compileOpinion('<Points id="reasons">\n  <Point>First. a</Point>\n</Points>\n');
    expect(code).toContain('id="reasons-1"');
  });

  it('stops on ordinals out of sequence, naming the file, line and expected word', async () => {
    const body = 'Intro.\n\n<Points>\n  <Point>First. a</Point>\n  <Point>Third. b</Point>\n</Points>\n';
    await expect(compileOpinion(body)).rejects.toThrow(
      /content\/opinions\/example\.mdx:5: .*point 2 starts with “Third”, but point 2 should start with “Second”/,
    );
  });

  it('checks ordinals in the op-ed’s language', async () => {
    await expect(
      compileOpinion(
        '<Points>\n  <Point>Во-первых, a</Point>\n  <Point>В-третьих, b</Point>\n</Points>\n',
        'ru',
      ),
    ).rejects.toThrow(/should start with “Во-вторых”/);
  });

  it('stops on an empty point', async () => {
    await expect(
      compileOpinion('<Points>\n  <Point>First. a</Point>\n  <Point></Point>\n</Points>\n'),
    ).rejects.toThrow(/point 2 is empty/);
  });

  it('stops when a point stands outside a list', async () => {
    await expect(compileOpinion('<Point>First. a</Point>\n')).rejects.toThrow(/must be inside <Points>/);
  });

  it('stops when two ids clash', async () => {
    await expect(
      compileOpinion('<Points id="a">\n  <Point>x</Point>\n</Points>\n\n## A 1\n'),
    ).rejects.toThrow(/the id “a-1” is used twice/);
  });
});
