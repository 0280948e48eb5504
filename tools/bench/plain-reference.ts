/**
 * The plain reference the site is measured against: an Astro project with
 * Astro's defaults (no config file, no integrations), the same op-eds as plain
 * .md files in a content collection, and one page template that renders each
 * with `render()`. It uses this repository's Astro, so both builds run the
 * same version.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeOpinions, type Archive } from './generate.ts';

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  opinions: defineCollection({ loader: glob({ pattern: '**/*.md', base: './opinions' }) }),
};
`;

const pageTemplate = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const opinions = await getCollection('opinions');
  return opinions.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={entry.data.lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <article>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.description}</p>
      <p>{entry.data.authors.join(', ')}, {entry.data.published.toISOString()}</p>
      <Content />
    </article>
  </body>
</html>
`;

/** Writes the plain project into `projectDir` (replacing any earlier one). */
export function writePlainReference(projectDir: string, archive: Archive): void {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(join(projectDir, 'src', 'pages', 'opinion'), { recursive: true });
  writeFileSync(
    join(projectDir, 'package.json'),
    `${JSON.stringify({ name: 'plain-reference', private: true, type: 'module' }, null, 2)}\n`,
  );
  // Only astro is linked, so Astro's default cache (node_modules/.astro) stays in the scratch folder.
  mkdirSync(join(projectDir, 'node_modules'));
  symlinkSync(resolve('node_modules/astro'), join(projectDir, 'node_modules', 'astro'), 'dir');
  writeFileSync(join(projectDir, 'src', 'content.config.ts'), contentConfig);
  writeFileSync(join(projectDir, 'src', 'pages', 'opinion', '[...id].astro'), pageTemplate);
  writeOpinions(join(projectDir, 'opinions'), archive, 'md');
}

/** Everything a plain build leaves, so the next one is cold. */
export function plainBuildOutputs(projectDir: string): string[] {
  return [join(projectDir, 'dist'), join(projectDir, '.astro'), join(projectDir, 'node_modules', '.astro')];
}
