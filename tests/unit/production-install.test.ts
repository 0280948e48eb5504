import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroComponentCode, packagesLoadedBy, runtimeSpecifiers } from '../support/import-graph';

const manifest = JSON.parse(readFileSync('package.json', 'utf-8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};

/** What `npm run build` loads: Astro's config, everything under src/, and the build script and the steps it runs. */
const buildEntries = [
  'astro.config.mjs',
  'src',
  'tools/build.mjs',
  // tools/build.mjs runs the content check first, with this loader hook.
  'tools/content-check',
  'tools/register-ts-resolve.mjs',
];

describe('a production install (npm ci --omit=dev) has everything the build loads', () => {
  const loaded = packagesLoadedBy(process.cwd(), buildEntries);

  it('finds the packages the build loads, including ones it resolves at run time', () => {
    for (const name of [
      'astro',
      '@astrojs/mdx',
      'sharp',
      'satori',
      'pagefind',
      'parse5',
      '@fontsource/noto-serif',
    ])
      expect(loaded.has(name), name).toBe(true);
  });

  it('lists every one of them in dependencies, not devDependencies', () => {
    const missing = [...loaded]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (loaded by ${file})`);
    expect(missing).toEqual([]);
  });

  it('runs the build on the Node it was tested with: the node package is a dependency', () => {
    expect(manifest.dependencies.node).toBeDefined();
    expect(readFileSync('.nvmrc', 'utf-8').trim()).toBe(manifest.dependencies.node);
  });
});

describe('reading what a module loads', () => {
  it('counts value imports, re-exports, dynamic imports and run-time resolution, not type-only imports', () => {
    const code = [
      "import type { VFile } from 'vfile';",
      "import { type Root } from 'mdast';",
      "import sharp from 'sharp';",
      "import { compile, type CompileOptions } from '@mdx-js/mdx';",
      "export { x } from 'tinypool';",
      "export type { Y } from 'unist';",
      "const satori = await import('satori');",
      "findPackageJSON('pagefind', import.meta.url);",
      "const fonts = resolve('node_modules/@fontsource/noto-serif/files');",
    ].join('\n');
    expect(runtimeSpecifiers(code, 'x.ts')).toEqual([
      'sharp',
      '@mdx-js/mdx',
      'tinypool',
      'satori',
      'pagefind',
      '@fontsource/noto-serif/files',
    ]);
  });

  it("reads an Astro component's frontmatter and its client scripts, not its markup", () => {
    const component = [
      '---',
      "import { render } from 'astro:content';",
      "import type { Props } from 'mdast';",
      '---',
      '<p>import x from "not-code"</p>',
      "<script>import { share } from 'share-kit';</script>",
    ].join('\n');
    expect(astroComponentCode(component).flatMap((code) => runtimeSpecifiers(code, 'x.ts'))).toEqual([
      'astro:content',
      'share-kit',
    ]);
  });
});
