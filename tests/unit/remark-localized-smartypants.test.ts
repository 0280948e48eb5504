import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkLocalizedSmartypants } from '../../src/markdown/remark-localized-smartypants';

// One processor for every file, as in the build: the quotes must follow each file's `lang`.
const processor = createProcessor({ remarkPlugins: [remarkLocalizedSmartypants], jsx: true });

async function typeset(body: string, lang?: string): Promise<string> {
  const file = new VFile({
    path: `content/opinions/${lang ?? 'none'}.mdx`,
    value: body,
    data: { astro: { frontmatter: lang ? { lang } : {} } },
  });
  return String(await processor.process(file));
}

describe('remarkLocalizedSmartypants', () => {
  it('sets «ёлочки» with „лапки“ inside in a Russian op-ed', async () => {
    const code = await typeset('Он назвал это "историческим моментом" и "новой \'эпохой\'".', 'ru');
    expect(code).toContain('«историческим моментом»');
    expect(code).toContain('«новой „эпохой“»');
    expect(code).not.toContain('“историческим');
  });

  it('sets “curly quotes” in an English op-ed processed by the same pipeline', async () => {
    await typeset('Он назвал это "моментом".', 'ru');
    const code = await typeset("He called it \"a historic moment\" and it's 'new'.", 'en');
    expect(code).toContain('“a historic moment”');
    expect(code).toContain('it’s ‘new’');
    expect(code).not.toContain('«');
  });

  it('uses «ёлочки» in Kazakh and English quotes when lang is left out', async () => {
    expect(await typeset('Бұл "тарихи сәт" еді.', 'kk')).toContain('«тарихи сәт»');
    expect(await typeset('A "default" op-ed.')).toContain('“default”');
  });
});
